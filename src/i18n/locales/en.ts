import { pluralFor, relativeTime } from '../format.js';

const plural = pluralFor('en');

/** The English catalogue: the reference every other language must match key for key. */
export const en = {
  loading: 'Loading…',
  retry: 'Try again',
  online: 'Online',
  activityNotFound: 'This activity could not be found.',
  activityLoadError: 'The activity could not be loaded.',
  shownOffline: (storedAt: number) => `Shown from this device, updated ${relativeTime('en', storedAt)}.`,
  playlists: (count: number) => plural(count, { one: 'Added to # playlist', other: 'Added to # playlists' }),
  offlineError: 'You seem to be offline. This will load when the connection is back.',

  // activity-card
  whenLabel: 'When',
  whereLabel: 'Where',
  organiserLabel: 'Organiser',
  categoryLabel: 'Category',
  durationLabel: 'Time to complete',
  skillsLabel: 'Skills',
  badgeLabel: 'Badge',
  visitorTime: (time: string) => `Your time: ${time}`,
  showOnMap: 'Show on map',
  joinOnline: 'Join online',
  getActivityBadge: 'Get activity badge',
  readMore: 'Read more',
  readLess: 'Show less',
  addToCalendar: 'Add to calendar',
  calendarFile: 'Calendar file (.ics)',

  // badge-card
  badgeNotFound: 'This badge could not be found.',
  badgeLoadError: 'The badge could not be loaded.',
  criteriaLabel: 'Criteria',
  tasksLabel: 'How to earn it',
  taskNo: (no: number) => `Task ${no}`,
  taskKindCode: 'Issued by the organiser or by scanning a QR code',
  taskKindFile: 'Upload a file as evidence',
  taskKindText: 'Write a short text',
  taskKindQuestions: 'Answer reflection questions',
  taskCheckAuto: 'Checked automatically',
  taskCheckSelf: 'Self-assessed',
  taskCheckOrganiser: 'Reviewed by the organiser',
  taskCheckPeer: 'Reviewed by a peer',
  issuerLabel: 'Issued by',
  getThisBadge: 'Get this badge',

  // activity-list
  filtersLabel: 'Filter activities',
  searchLabel: 'Search',
  skillLabel: 'Skill',
  allOrganisers: 'All organisers',
  allSkills: 'All skills',
  allCategories: 'All categories',
  anyTime: 'Any time',
  upcoming: 'Upcoming',
  past: 'Past',
  clearFilters: 'Clear filters',
  showMore: 'Show more',
  activitiesShown: (count: number) => plural(count, { one: 'Showing # activity', other: 'Showing # activities' }),
  noActivities: 'No activities match these filters.',
  listLoadError: 'The activities could not be loaded.',

  // badge-claim
  claimName: 'Your name',
  claimEmail: 'Your e-mail',
  claimConsent: (issuer: string) => `I agree that ${issuer} uses my name and e-mail address to issue this badge to me.`,
  claimCode: 'Claim code',
  claimAssertion: 'View your Open Badge',
  claimQueued: 'You are offline. Your claim is saved on this device and will be sent when you are back online.',
  storageOff: 'This browser does not let us save on this device, so offline features are off: keep this page open until your claim is sent.',

  // my-badges: the words badge-claim and playlist-card share with it (its own are in i18n/my-badges)
  myBadgesPending: 'Waiting for review',
  organiserComment: (comment: string) => `Organiser’s comment: ${comment}`,
  myBadgesUpdated: (count: number) => plural(count, { one: '# claim updated.', other: '# claims updated.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'This learning path could not be found.',
  playlistLoadError: 'The learning path could not be loaded.',
  playlistsLoadError: 'Learning paths could not be loaded.',
};

/** Every message of the kit; a catalogue for another language has the same keys and signatures. */
export type Messages = typeof en;
