import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('fr');

export const fr: Messages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  online: 'En ligne',
  activityNotFound: 'Cette activité est introuvable.',
  activityLoadError: 'L’activité n’a pas pu être chargée.',
  shownOffline: (storedAt) => `Affiché depuis cet appareil, mis à jour ${relativeTime('fr', storedAt)}.`,
  playlists: (count) =>
    plural(count, { one: 'Ajoutée à # parcours', many: 'Ajoutée à # de parcours', other: 'Ajoutée à # parcours' }),
  offlineError: 'Vous semblez hors ligne. Le contenu se chargera dès le retour de la connexion.',

  // activity-card
  whenLabel: 'Quand',
  whereLabel: 'Où',
  organiserLabel: 'Organisateur',
  categoryLabel: 'Catégorie',
  durationLabel: 'Durée',
  skillsLabel: 'Compétences',
  badgeLabel: 'Badge',
  visitorTime: (time) => `Votre heure : ${time}`,
  showOnMap: 'Voir sur la carte',
  joinOnline: 'Participer en ligne',
  getActivityBadge: 'Obtenir le badge de l’activité',
  readMore: 'Lire la suite',
  readLess: 'Afficher moins',
  addToCalendar: 'Ajouter à l’agenda',
  calendarFile: 'Fichier d’agenda (.ics)',

  // badge-card
  badgeNotFound: 'Ce badge est introuvable.',
  badgeLoadError: 'Le badge n’a pas pu être chargé.',
  criteriaLabel: 'Critères',
  tasksLabel: 'Comment l’obtenir',
  taskNo: (no) => `Étape ${no}`,
  taskKindCode: 'Délivré par l’organisateur ou en scannant un code QR',
  taskKindFile: 'Déposer un fichier comme preuve',
  taskKindText: 'Rédiger un court texte',
  taskKindQuestions: 'Répondre à des questions de réflexion',
  taskCheckAuto: 'Vérifié automatiquement',
  taskCheckSelf: 'Auto-évalué',
  taskCheckOrganiser: 'Vérifié par l’organisateur',
  taskCheckPeer: 'Vérifié par un pair',
  issuerLabel: 'Délivré par',
  getThisBadge: 'Obtenir ce badge',

  // activity-list
  filtersLabel: 'Filtrer les activités',
  searchLabel: 'Rechercher',
  skillLabel: 'Compétence',
  allOrganisers: 'Tous les organisateurs',
  allSkills: 'Toutes les compétences',
  allCategories: 'Toutes les catégories',
  anyTime: 'Toutes les dates',
  upcoming: 'À venir',
  past: 'Passées',
  clearFilters: 'Effacer les filtres',
  showMore: 'Afficher plus',
  activitiesShown: (count) =>
    plural(count, { one: '# activité affichée', many: '# d’activités affichées', other: '# activités affichées' }),
  noActivities: 'Aucune activité ne correspond à ces filtres.',
  listLoadError: 'Les activités n’ont pas pu être chargées.',

  // badge-claim
  claimName: 'Votre nom',
  claimEmail: 'Votre adresse e-mail',
  claimConsent: (issuer) => `J’accepte que ${issuer} utilise mon nom et mon adresse e-mail pour me délivrer ce badge.`,
  claimCode: 'Code de réclamation',
  claimAssertion: 'Voir votre Open Badge',
  claimQueued: 'Vous êtes hors ligne. Votre demande est enregistrée sur cet appareil et sera envoyée dès votre retour en ligne.',
  storageOff: 'Ce navigateur ne nous permet pas d’enregistrer sur cet appareil ; les fonctions hors ligne sont donc désactivées : gardez cette page ouverte jusqu’à l’envoi de votre demande.',

  // my-badges
  myBadgesPending: 'En attente d’examen',
  organiserComment: (comment) => `Commentaire de l’organisateur : ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { one: '# demande mise à jour.', many: '# de demandes mises à jour.', other: '# demandes mises à jour.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Ce parcours d’apprentissage est introuvable.',
  playlistLoadError: 'Le parcours d’apprentissage n’a pas pu être chargé.',
  playlistsLoadError: 'Les parcours d’apprentissage n’ont pas pu être chargés.',
};
