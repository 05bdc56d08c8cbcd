import type { PlaylistMessages } from './en.js';

export const ar: PlaylistMessages = {
  playlistProgressLabel: 'تقدّمك',
  playlistProgress: (done, total) => `${done} من ${total}`,
  playlistOptionalNeeded: (needed, optional) => `الخطوات الاختيارية: اختر ${needed} من ${optional}.`,
  playlistStepsLabel: 'الخطوات',
  playlistRequired: 'إلزامية',
  playlistOptional: 'اختيارية',
  playlistStepDone: 'منجزة',
  playlistStepOpen: 'لم تُنجز بعد',
  playlistNext: (title) => `الخطوة التالية: ${title}`,
  playlistComplete: 'لقد أكملت مسار التعلّم هذا.',
  playlistClaimTitle: (badge) => `احصل على «${badge}»`,
  playlistClaimIntro: 'تُرسَل الشارات التي حصلت عليها في هذا المسار مع طلبك كدليل.',
  playlistClaim: 'احصل على شارة المسار',
  playlistClaimed: 'لديك شارة هذا المسار.',
  playlistIncomplete: 'لا تحتسب خدمة الشارات كل خطواتك: ربما أُلغيت إحدى الشارات أو مُنحت لعنوان بريد إلكتروني آخر.',
  myBadgesPath: (name, done, total) => `مسار التعلّم «${name}»: ${done} من ${total}`,
};
