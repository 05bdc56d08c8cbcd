// Writes the sample data (seed-data.js) and its generated images into an empty database.
import { badgeAlt, badgeSvg, coverAlt, coverSvg, logoSvg } from './media.js';
import * as data from './seed-data.js';

const SVG = 'image/svg+xml';
const json = (value) => (value ? JSON.stringify(value) : null);

/**
 * Inserts every seed row; the caller wraps this in a transaction.
 * @param {import('better-sqlite3').Database} db
 */
export function seed(db) {
  const insert = (sql) => db.prepare(sql);
  const media = insert('INSERT INTO media (name, type, body, alt) VALUES (?, ?, ?, ?)');
  const organisation = insert('INSERT INTO organisations (id, name, url, email, logo) VALUES (?, ?, ?, ?, ?)');
  const category = insert('INSERT INTO categories (id, name) VALUES (?, ?)');
  const skill = insert('INSERT INTO skills (id, name, esco_uri) VALUES (?, ?, ?)');
  const badge = insert('INSERT INTO badges (id, name, description, criteria, image, issuer_id) VALUES (?, ?, ?, ?, ?, ?)');
  const badgeSkill = insert('INSERT INTO badge_skills (badge_id, skill_id, position) VALUES (?, ?, ?)');
  const task = insert(
    `INSERT INTO tasks (badge_id, id, no, kind, check_by, description, questions, accept, max_bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const activity = insert(
    `INSERT INTO activities (id, title, description, starts_at, ends_at, starts_ms, ends_ms, time_zone,
       location_name, location_address, lat, lng, online_url, image, organiser_id, category_id, duration,
       badge_id, playlist_count, language, url)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const activitySkill = insert('INSERT INTO activity_skills (activity_id, skill_id, position) VALUES (?, ?, ?)');
  const code = insert('INSERT INTO claim_codes (code, badge_id, single_use, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)');

  for (const [key, cover] of Object.entries(data.covers)) media.run(`cover-${key}.svg`, SVG, coverSvg(cover), coverAlt(cover));

  for (const o of data.organisations) {
    const logo = `logo-${o.id}.svg`;
    media.run(logo, SVG, logoSvg(o), null);
    organisation.run(o.id, o.name, o.url, o.email, logo);
  }
  for (const c of data.categories) category.run(c.id, c.name);
  for (const s of data.skills) skill.run(s.id, s.name, s.escoUri ?? null);

  for (const b of data.badges) {
    const image = `badge-${b.id}.svg`;
    media.run(image, SVG, badgeSvg(b), badgeAlt(b));
    badge.run(b.id, b.name, b.description, b.criteria, image, b.issuerId);
    b.skills.forEach((id, i) => badgeSkill.run(b.id, id, i));
    b.tasks.forEach((t, i) => {
      task.run(b.id, `t${i + 1}`, i + 1, t.kind, t.check, t.description, json(t.questions), json(t.accept), t.maxBytes ?? null);
    });
  }

  for (const a of data.activities) {
    const startsMs = Date.parse(a.startsAt);
    activity.run(
      a.id,
      a.title,
      a.description,
      a.startsAt,
      a.endsAt ?? null,
      startsMs,
      a.endsAt ? Date.parse(a.endsAt) : startsMs,
      a.timeZone,
      a.location?.name ?? null,
      a.location?.address ?? null,
      a.location?.lat ?? null,
      a.location?.lng ?? null,
      a.onlineUrl ?? null,
      a.cover ? `cover-${a.cover}.svg` : null,
      a.organiserId,
      a.categoryId,
      a.duration,
      a.badgeId,
      a.playlistCount,
      a.language,
      a.url ?? null,
    );
    a.skills.forEach((id, i) => activitySkill.run(a.id, id, i));
  }

  for (const c of data.claimCodes) {
    code.run(c.code.toUpperCase(), c.badgeId, c.singleUse ? 1 : 0, c.validFrom ?? null, c.validUntil ?? null);
  }
}
