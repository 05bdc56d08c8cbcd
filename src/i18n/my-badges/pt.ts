import type { MyBadgesMessages } from './en.js';

export const pt: MyBadgesMessages = {
  myBadgesTitle: 'Os meus badges',
  myBadgesEmpty: 'Ainda não há badges nem pedidos neste dispositivo.',
  myBadgesIssued: 'Emitido',
  myBadgesRejected: (reason) => (reason ? `Não aceite: ${reason}` : 'Não aceite'),
  myBadgesQueued: 'A aguardar envio',
  myBadgesRefused: (message) => `Não enviado: ${message}`,
  myBadgesDismiss: 'Remover',
  myBadgesView: 'Ver badge',
  myBadgesDownload: 'Transferir imagem',
  myBadgesLinkedIn: 'Adicionar ao LinkedIn',
  myBadgesShare: 'Partilhar',
  myBadgesLinkCopied: 'Ligação copiada.',
  myBadgesCopyLink: 'Copie esta ligação',
  myBadgesRevoked: 'Revogado',
  myBadgesForget: 'Esquecer este dispositivo',
  myBadgesForgetConfirm: 'Esquecer todos os badges, pedidos e rascunhos guardados neste dispositivo? Os badges já emitidos continuam válidos.',
  myBadgesForgetYes: 'Sim, esquecer',
  myBadgesForgetNo: 'Cancelar',
  myBadgesForgotten: 'Tudo o que estava guardado neste dispositivo foi esquecido.',
};
