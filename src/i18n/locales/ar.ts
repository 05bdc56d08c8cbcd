import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('ar');

export const ar: Messages = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  online: 'عبر الإنترنت',
  activityNotFound: 'تعذّر العثور على هذا النشاط.',
  activityLoadError: 'تعذّر تحميل النشاط.',
  shownOffline: (storedAt) => `معروض من هذا الجهاز، آخر تحديث ${relativeTime('ar', storedAt)}.`,
  playlists: (count) =>
    plural(count, {
      zero: 'غير مُضاف إلى أي مسار تعلّم',
      one: 'مُضاف إلى مسار تعلّم واحد',
      two: 'مُضاف إلى مساري تعلّم',
      few: 'مُضاف إلى # مسارات تعلّم',
      many: 'مُضاف إلى # مسار تعلّم',
      other: 'مُضاف إلى # مسار تعلّم',
    }),
  offlineError: 'يبدو أنك غير متصل بالإنترنت. سيُحمَّل المحتوى عند عودة الاتصال.',

  // activity-card
  whenLabel: 'الموعد',
  whereLabel: 'المكان',
  organiserLabel: 'الجهة المنظِّمة',
  categoryLabel: 'الفئة',
  durationLabel: 'المدة',
  skillsLabel: 'المهارات',
  badgeLabel: 'الشارة',
  visitorTime: (time) => `بتوقيتك: ${time}`,
  showOnMap: 'عرض على الخريطة',
  joinOnline: 'الانضمام عبر الإنترنت',
  getActivityBadge: 'احصل على شارة النشاط',
  readMore: 'اقرأ المزيد',
  readLess: 'عرض أقل',
  addToCalendar: 'أضف إلى التقويم',
  calendarFile: 'ملف تقويم (.ics)',

  // badge-card
  badgeNotFound: 'تعذّر العثور على هذه الشارة.',
  badgeLoadError: 'تعذّر تحميل الشارة.',
  criteriaLabel: 'المعايير',
  tasksLabel: 'كيف تحصل عليها',
  taskNo: (no) => `المهمة ${no}`,
  taskKindCode: 'تمنحها الجهة المنظِّمة أو بمسح رمز QR',
  taskKindFile: 'ارفع ملفًا دليلًا',
  taskKindText: 'اكتب نصًا قصيرًا',
  taskKindQuestions: 'أجب عن أسئلة تأملية',
  taskCheckAuto: 'يُتحقَّق منها تلقائيًا',
  taskCheckSelf: 'تقييم ذاتي',
  taskCheckOrganiser: 'تراجعها الجهة المنظِّمة',
  taskCheckPeer: 'يراجعها مشارك آخر',
  issuerLabel: 'الجهة المانحة',
  getThisBadge: 'احصل على هذه الشارة',

  // activity-list
  filtersLabel: 'تصفية الأنشطة',
  searchLabel: 'بحث',
  skillLabel: 'المهارة',
  allOrganisers: 'كل الجهات المنظِّمة',
  allSkills: 'كل المهارات',
  allCategories: 'كل الفئات',
  anyTime: 'أي وقت',
  upcoming: 'القادمة',
  past: 'السابقة',
  clearFilters: 'مسح عوامل التصفية',
  showMore: 'عرض المزيد',
  activitiesShown: (count) =>
    plural(count, {
      zero: 'لا توجد أنشطة معروضة',
      one: 'يُعرض نشاط واحد',
      two: 'يُعرض نشاطان',
      few: 'تُعرض # أنشطة',
      many: 'يُعرض # نشاطًا',
      other: 'يُعرض # نشاط',
    }),
  noActivities: 'لا توجد أنشطة مطابقة لعوامل التصفية هذه.',
  listLoadError: 'تعذّر تحميل الأنشطة.',

  // badge-claim
  claimName: 'اسمك',
  claimEmail: 'بريدك الإلكتروني',
  claimConsent: (issuer) => `أوافق على أن تستخدم ${issuer} اسمي وعنوان بريدي الإلكتروني لمنحي هذه الشارة.`,
  claimCode: 'رمز الطلب',
  claimAssertion: 'عرض شارتك المفتوحة Open Badge',
  claimQueued: 'أنت غير متصل بالإنترنت. طلبك محفوظ على هذا الجهاز وسيُرسل عند عودة الاتصال.',
  storageOff: 'لا يسمح هذا المتصفح بالحفظ على هذا الجهاز، لذا الميزات دون اتصال متوقفة: أبقِ هذه الصفحة مفتوحة حتى يُرسل طلبك.',

  // my-badges
  myBadgesPending: 'بانتظار المراجعة',
  organiserComment: (comment) => `تعليق الجهة المنظِّمة: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, {
      zero: 'لم يُحدَّث أي طلب.',
      one: 'حُدِّث طلب واحد.',
      two: 'حُدِّث طلبان.',
      few: 'حُدِّثت # طلبات.',
      many: 'حُدِّث # طلبًا.',
      other: 'حُدِّث # طلب.',
    }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'تعذّر العثور على مسار التعلّم هذا.',
  playlistLoadError: 'تعذّر تحميل مسار التعلّم.',
  playlistsLoadError: 'تعذّر تحميل مسارات التعلّم.',
};
