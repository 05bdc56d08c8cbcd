import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('pt');

export const pt: Messages = {
  loading: 'A carregar…',
  retry: 'Tentar novamente',
  online: 'Online',
  activityNotFound: 'Esta atividade não foi encontrada.',
  activityLoadError: 'Não foi possível carregar a atividade.',
  shownOffline: (storedAt) => `Mostrado a partir deste dispositivo, atualizado ${relativeTime('pt', storedAt)}.`,
  playlists: (count) =>
    plural(count, { one: 'Incluída em # percurso', many: 'Incluída em # de percursos', other: 'Incluída em # percursos' }),
  offlineError: 'Parece estar sem ligação. O conteúdo será carregado quando a ligação voltar.',

  // activity-card
  whenLabel: 'Quando',
  whereLabel: 'Onde',
  organiserLabel: 'Organização',
  categoryLabel: 'Categoria',
  durationLabel: 'Duração',
  skillsLabel: 'Competências',
  badgeLabel: 'Badge',
  visitorTime: (time) => `A sua hora: ${time}`,
  showOnMap: 'Ver no mapa',
  joinOnline: 'Participar online',
  getActivityBadge: 'Obter o badge da atividade',
  readMore: 'Ler mais',
  readLess: 'Mostrar menos',
  addToCalendar: 'Adicionar ao calendário',
  calendarFile: 'Ficheiro de calendário (.ics)',

  // badge-card
  badgeNotFound: 'Este badge não foi encontrado.',
  badgeLoadError: 'Não foi possível carregar o badge.',
  criteriaLabel: 'Critérios',
  tasksLabel: 'Como obter',
  taskNo: (no) => `Tarefa ${no}`,
  taskKindCode: 'Atribuído pela organização ou ao ler um código QR',
  taskKindFile: 'Enviar um ficheiro como evidência',
  taskKindText: 'Escrever um texto curto',
  taskKindQuestions: 'Responder a perguntas de reflexão',
  taskCheckAuto: 'Verificado automaticamente',
  taskCheckSelf: 'Autoavaliação',
  taskCheckOrganiser: 'Verificado pela organização',
  taskCheckPeer: 'Verificado por um par',
  issuerLabel: 'Emitido por',
  getThisBadge: 'Obter este badge',

  // activity-list
  filtersLabel: 'Filtrar atividades',
  searchLabel: 'Pesquisar',
  skillLabel: 'Competência',
  allOrganisers: 'Todas as organizações',
  allSkills: 'Todas as competências',
  allCategories: 'Todas as categorias',
  anyTime: 'Qualquer data',
  upcoming: 'Próximas',
  past: 'Anteriores',
  clearFilters: 'Limpar filtros',
  showMore: 'Mostrar mais',
  activitiesShown: (count) =>
    plural(count, { one: 'A mostrar # atividade', many: 'A mostrar # de atividades', other: 'A mostrar # atividades' }),
  noActivities: 'Nenhuma atividade corresponde a estes filtros.',
  listLoadError: 'Não foi possível carregar as atividades.',

  // badge-claim
  claimName: 'O seu nome',
  claimEmail: 'O seu e-mail',
  claimConsent: (issuer) => `Aceito que ${issuer} utilize o meu nome e o meu endereço de e-mail para me emitir este badge.`,
  claimCode: 'Código do pedido',
  claimAssertion: 'Ver o seu Open Badge',
  claimQueued: 'Está sem ligação. O seu pedido está guardado neste dispositivo e será enviado quando voltar a estar online.',
  storageOff: 'Este navegador não nos deixa guardar neste dispositivo, por isso as funções offline estão desativadas: mantenha esta página aberta até o pedido ser enviado.',

  // my-badges
  myBadgesPending: 'A aguardar análise',
  organiserComment: (comment) => `Comentário da organização: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { one: '# pedido atualizado.', many: '# de pedidos atualizados.', other: '# pedidos atualizados.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Este percurso de aprendizagem não foi encontrado.',
  playlistLoadError: 'Não foi possível carregar o percurso de aprendizagem.',
  playlistsLoadError: 'Não foi possível carregar os percursos de aprendizagem.',
};
