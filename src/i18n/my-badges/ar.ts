import type { MyBadgesMessages } from './en.js';

export const ar: MyBadgesMessages = {
  myBadgesTitle: 'شاراتي',
  myBadgesEmpty: 'لا توجد شارات أو طلبات على هذا الجهاز بعد.',
  myBadgesIssued: 'ممنوحة',
  myBadgesRejected: (reason) => (reason ? `لم يُقبل: ${reason}` : 'لم يُقبل'),
  myBadgesQueued: 'بانتظار الإرسال',
  myBadgesRefused: (message) => `لم يُرسل: ${message}`,
  myBadgesDismiss: 'إزالة',
  myBadgesView: 'عرض الشارة',
  myBadgesDownload: 'تنزيل الصورة',
  myBadgesLinkedIn: 'أضف إلى LinkedIn',
  myBadgesShare: 'مشاركة',
  myBadgesLinkCopied: 'تم نسخ الرابط.',
  myBadgesCopyLink: 'انسخ هذا الرابط',
  myBadgesRevoked: 'أُلغيت',
  myBadgesForget: 'انسَ هذا الجهاز',
  myBadgesForgetConfirm: 'هل تريد نسيان كل الشارات والطلبات والمسودات المحفوظة على هذا الجهاز؟ تبقى الشارات الممنوحة صالحة.',
  myBadgesForgetYes: 'نعم، انسَ',
  myBadgesForgetNo: 'إلغاء',
  myBadgesForgotten: 'نُسي كل ما كان محفوظًا على هذا الجهاز.',
};
