import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('es');

export const es: Messages = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  online: 'En línea',
  activityNotFound: 'No se ha encontrado esta actividad.',
  activityLoadError: 'No se ha podido cargar la actividad.',
  shownOffline: (storedAt) => `Mostrado desde este dispositivo, actualizado ${relativeTime('es', storedAt)}.`,
  playlists: (count) =>
    plural(count, { one: 'Incluida en # lista', many: 'Incluida en # de listas', other: 'Incluida en # listas' }),
  offlineError: 'Parece que no tiene conexión. El contenido se cargará cuando vuelva la conexión.',

  // activity-card
  whenLabel: 'Cuándo',
  whereLabel: 'Dónde',
  organiserLabel: 'Organiza',
  categoryLabel: 'Categoría',
  durationLabel: 'Duración',
  skillsLabel: 'Competencias',
  badgeLabel: 'Insignia',
  visitorTime: (time) => `Su hora: ${time}`,
  showOnMap: 'Ver en el mapa',
  joinOnline: 'Participar en línea',
  getActivityBadge: 'Obtener la insignia',
  readMore: 'Leer más',
  readLess: 'Mostrar menos',
  addToCalendar: 'Añadir al calendario',
  calendarFile: 'Archivo de calendario (.ics)',

  // badge-card
  badgeNotFound: 'No se ha encontrado esta insignia.',
  badgeLoadError: 'No se ha podido cargar la insignia.',
  criteriaLabel: 'Criterios',
  tasksLabel: 'Cómo obtenerla',
  taskNo: (no) => `Tarea ${no}`,
  taskKindCode: 'La concede la organización o se obtiene escaneando un código QR',
  taskKindFile: 'Subir un archivo como evidencia',
  taskKindText: 'Escribir un texto breve',
  taskKindQuestions: 'Responder preguntas de reflexión',
  taskCheckAuto: 'Comprobación automática',
  taskCheckSelf: 'Autoevaluación',
  taskCheckOrganiser: 'Revisado por la organización',
  taskCheckPeer: 'Revisado por un compañero',
  issuerLabel: 'Emitida por',
  getThisBadge: 'Obtener esta insignia',

  // activity-list
  filtersLabel: 'Filtrar actividades',
  searchLabel: 'Buscar',
  skillLabel: 'Competencia',
  allOrganisers: 'Todas las organizaciones',
  allSkills: 'Todas las competencias',
  allCategories: 'Todas las categorías',
  anyTime: 'Cualquier fecha',
  upcoming: 'Próximas',
  past: 'Pasadas',
  clearFilters: 'Quitar filtros',
  showMore: 'Mostrar más',
  activitiesShown: (count) =>
    plural(count, { one: 'Se muestra # actividad', many: 'Se muestran # de actividades', other: 'Se muestran # actividades' }),
  noActivities: 'Ninguna actividad coincide con estos filtros.',
  listLoadError: 'No se han podido cargar las actividades.',

  // badge-claim
  claimName: 'Su nombre',
  claimEmail: 'Su correo electrónico',
  claimConsent: (issuer) => `Acepto que ${issuer} utilice mi nombre y mi correo electrónico para emitirme esta insignia.`,
  claimCode: 'Código de solicitud',
  claimAssertion: 'Ver su Open Badge',
  claimQueued: 'No tiene conexión. Su solicitud está guardada en este dispositivo y se enviará cuando vuelva a estar en línea.',
  storageOff: 'Este navegador no nos permite guardar en este dispositivo, así que las funciones sin conexión están desactivadas: mantenga esta página abierta hasta que se envíe su solicitud.',

  // my-badges
  myBadgesPending: 'Pendiente de revisión',
  organiserComment: (comment) => `Comentario de la organización: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { one: '# solicitud actualizada.', many: '# de solicitudes actualizadas.', other: '# solicitudes actualizadas.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'No se ha encontrado este itinerario de aprendizaje.',
  playlistLoadError: 'No se pudo cargar el itinerario de aprendizaje.',
  playlistsLoadError: 'No se pudieron cargar los itinerarios de aprendizaje.',
};
