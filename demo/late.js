// Inserts widgets after the page has loaded, as a single-page app or a CMS block would: the
// kit finds them, and the configuration inserted with them, without any call from the page.
const app = document.getElementById('app');

setTimeout(() => {
  const config = document.createElement('learning-city');
  config.setAttribute('api', '/api');
  config.setAttribute('lang', 'en');
  const card = document.createElement('activity-card');
  card.setAttribute('activity-id', '14501');
  card.setAttribute('heading-level', '2');
  config.append(card);
  app.append(config);
}, 500);

document.getElementById('add-badge').addEventListener('click', (event) => {
  const badge = document.createElement('badge-card');
  badge.setAttribute('badge-id', 'strategist-2022');
  badge.setAttribute('heading-level', '2');
  badge.setAttribute('api', '/api');
  app.append(badge);
  event.currentTarget.remove();
});
