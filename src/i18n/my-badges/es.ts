import type { MyBadgesMessages } from './en.js';

export const es: MyBadgesMessages = {
  myBadgesTitle: 'Mis insignias',
  myBadgesEmpty: 'Todavía no hay insignias ni solicitudes en este dispositivo.',
  myBadgesIssued: 'Emitida',
  myBadgesRejected: (reason) => (reason ? `No aceptada: ${reason}` : 'No aceptada'),
  myBadgesQueued: 'Pendiente de envío',
  myBadgesRefused: (message) => `No enviada: ${message}`,
  myBadgesDismiss: 'Quitar',
  myBadgesView: 'Ver insignia',
  myBadgesDownload: 'Descargar imagen',
  myBadgesLinkedIn: 'Añadir a LinkedIn',
  myBadgesShare: 'Compartir',
  myBadgesLinkCopied: 'Enlace copiado.',
  myBadgesCopyLink: 'Copie este enlace',
  myBadgesRevoked: 'Revocada',
  myBadgesForget: 'Olvidar este dispositivo',
  myBadgesForgetConfirm: '¿Olvidar todas las insignias, solicitudes y borradores guardados en este dispositivo? Las insignias ya emitidas siguen siendo válidas.',
  myBadgesForgetYes: 'Sí, olvidar',
  myBadgesForgetNo: 'Cancelar',
  myBadgesForgotten: 'Se ha olvidado todo lo guardado en este dispositivo.',
};
