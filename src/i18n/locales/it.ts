import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('it');

export const it: Messages = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  online: 'Online',
  activityNotFound: 'Questa attività non è stata trovata.',
  activityLoadError: 'Non è stato possibile caricare l’attività.',
  shownOffline: (storedAt) => `Mostrato da questo dispositivo, aggiornato ${relativeTime('it', storedAt)}.`,
  playlists: (count) =>
    plural(count, { one: 'Inserita in # percorso', many: 'Inserita in # di percorsi', other: 'Inserita in # percorsi' }),
  offlineError: 'Sembra che tu sia offline. Il contenuto verrà caricato quando la connessione tornerà.',

  // activity-card
  whenLabel: 'Quando',
  whereLabel: 'Dove',
  organiserLabel: 'Organizzatore',
  categoryLabel: 'Categoria',
  durationLabel: 'Durata',
  skillsLabel: 'Competenze',
  badgeLabel: 'Badge',
  visitorTime: (time) => `Il tuo orario: ${time}`,
  showOnMap: 'Mostra sulla mappa',
  joinOnline: 'Partecipa online',
  getActivityBadge: 'Ottieni il badge dell’attività',
  readMore: 'Leggi di più',
  readLess: 'Mostra meno',
  addToCalendar: 'Aggiungi al calendario',
  calendarFile: 'File di calendario (.ics)',

  // badge-card
  badgeNotFound: 'Questo badge non è stato trovato.',
  badgeLoadError: 'Non è stato possibile caricare il badge.',
  criteriaLabel: 'Criteri',
  tasksLabel: 'Come ottenerlo',
  taskNo: (no) => `Compito ${no}`,
  taskKindCode: 'Rilasciato dall’organizzatore o scansionando un codice QR',
  taskKindFile: 'Carica un file come prova',
  taskKindText: 'Scrivi un breve testo',
  taskKindQuestions: 'Rispondi a domande di riflessione',
  taskCheckAuto: 'Verificato automaticamente',
  taskCheckSelf: 'Autovalutazione',
  taskCheckOrganiser: 'Verificato dall’organizzatore',
  taskCheckPeer: 'Verificato da un pari',
  issuerLabel: 'Rilasciato da',
  getThisBadge: 'Ottieni questo badge',

  // activity-list
  filtersLabel: 'Filtra le attività',
  searchLabel: 'Cerca',
  skillLabel: 'Competenza',
  allOrganisers: 'Tutti gli organizzatori',
  allSkills: 'Tutte le competenze',
  allCategories: 'Tutte le categorie',
  anyTime: 'Qualsiasi data',
  upcoming: 'Prossime',
  past: 'Passate',
  clearFilters: 'Azzera i filtri',
  showMore: 'Mostra altro',
  activitiesShown: (count) =>
    plural(count, { one: '# attività mostrata', many: '# di attività mostrate', other: '# attività mostrate' }),
  noActivities: 'Nessuna attività corrisponde a questi filtri.',
  listLoadError: 'Non è stato possibile caricare le attività.',

  // badge-claim
  claimName: 'Il tuo nome',
  claimEmail: 'La tua e-mail',
  claimConsent: (issuer) => `Acconsento che ${issuer} utilizzi il mio nome e il mio indirizzo e-mail per rilasciarmi questo badge.`,
  claimCode: 'Codice di richiesta',
  claimAssertion: 'Visualizza il tuo Open Badge',
  claimQueued: 'Sei offline. La tua richiesta è salvata su questo dispositivo e verrà inviata quando tornerai online.',
  storageOff: 'Questo browser non ci consente di salvare su questo dispositivo, quindi le funzioni offline sono disattivate: tieni aperta questa pagina finché la richiesta non è inviata.',

  // my-badges
  myBadgesPending: 'In attesa di revisione',
  organiserComment: (comment) => `Commento dell’organizzatore: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { one: '# richiesta aggiornata.', many: '# di richieste aggiornate.', other: '# richieste aggiornate.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Questo percorso di apprendimento non è stato trovato.',
  playlistLoadError: 'Impossibile caricare il percorso di apprendimento.',
  playlistsLoadError: 'Impossibile caricare i percorsi di apprendimento.',
};
