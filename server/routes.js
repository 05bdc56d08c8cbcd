// Every API route: method, path pattern (relative to the base path) and handler. The OpenAPI
// document describes each of them; a test keeps the two in step.
import { getActivityCalendar } from './calendar.js';
import { getActivity, getBadge, getFacets, getMedia, listActivities, listBadges } from './catalogue.js';
import { createClaim, getClaim, reviewClaim, revokeClaim, uploadEvidence } from './claims.js';
import { getBakedPng, getBakedSvg, getCredential, getIssuerKey, getIssuerProfile, getStatusList } from './credential-routes.js';
import { getKiosk } from './kiosk.js';
import { getAssertion, getBadgeClass, getIssuer, revokeAssertion } from './openbadges.js';
import { openApiDocument } from './openapi.js';
import { getEvidence, issueBadge, listClaims } from './review.js';
import { getPlaylist, listPlaylists } from './playlists.js';

/** @type {import('./router.js').Route[]} */
export const routes = [
  { method: 'GET', path: '/activities', handler: listActivities },
  { method: 'GET', path: '/activities/:id', handler: getActivity },
  { method: 'GET', path: '/activities/:id/calendar.ics', handler: getActivityCalendar },
  { method: 'GET', path: '/facets', handler: getFacets },
  { method: 'GET', path: '/badges', handler: listBadges },
  { method: 'GET', path: '/badges/:id', handler: getBadge },
  { method: 'GET', path: '/badges/:id/badgeclass', handler: getBadgeClass },
  { method: 'POST', path: '/badges/:id/issue', handler: issueBadge },
  { method: 'GET', path: '/badges/:id/kiosk', handler: getKiosk },
  { method: 'GET', path: '/issuers/:id', handler: getIssuer },
  { method: 'GET', path: '/issuers/:id/profile', handler: getIssuerProfile },
  { method: 'GET', path: '/issuers/:id/key', handler: getIssuerKey },
  { method: 'GET', path: '/claims', handler: listClaims },
  { method: 'POST', path: '/claims', handler: createClaim },
  { method: 'GET', path: '/claims/:id', handler: getClaim },
  { method: 'POST', path: '/claims/:id/evidence', handler: uploadEvidence },
  { method: 'GET', path: '/claims/:id/evidence/:evidenceId', handler: getEvidence },
  { method: 'POST', path: '/claims/:id/review', handler: reviewClaim },
  { method: 'POST', path: '/claims/:id/revoke', handler: revokeClaim },
  { method: 'GET', path: '/assertions/:id', handler: getAssertion },
  { method: 'POST', path: '/assertions/:id/revoke', handler: revokeAssertion },
  { method: 'GET', path: '/credentials/status/:id', handler: getStatusList },
  { method: 'GET', path: '/credentials/:id', handler: getCredential },
  { method: 'GET', path: '/credentials/:id/badge.svg', handler: getBakedSvg },
  { method: 'GET', path: '/credentials/:id/badge.png', handler: getBakedPng },
  { method: 'GET', path: '/media/:name', handler: getMedia },
  { method: 'GET', path: '/playlists', handler: listPlaylists },
  { method: 'GET', path: '/playlists/:id', handler: getPlaylist },
  { method: 'GET', path: '/openapi.json', handler: (ctx) => ({ body: openApiDocument(ctx.base, ctx.options) }) },
];
