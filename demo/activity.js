// The activity page shows the activity named in `?id=`, the claim for its badge, and below them
// the first learning path that holds it (hidden when none does; after the claim, so that the
// path's arrival moves nothing the visitor may be pressing). A visitor pressing "Get activity
// badge" stays on the page: the claim below is scrolled into view.
const id = new URLSearchParams(location.search).get('id');
const card = document.querySelector('activity-card');
const claim = document.querySelector('badge-claim');

if (id) {
  card.setAttribute('activity-id', id);
  const response = await fetch(`/api/activities/${encodeURIComponent(id)}`);
  const activity = response.ok ? await response.json() : undefined;
  if (activity?.badgeId) claim.setAttribute('badge-id', activity.badgeId);
  const paths = await fetch(`/api/playlists?activity=${encodeURIComponent(id)}&limit=1`);
  const [path] = paths.ok ? (await paths.json()).items : [];
  if (path) document.querySelector('#path playlist-card').setAttribute('playlist-id', path.id);
  else document.getElementById('path').hidden = true;
}

card.addEventListener('lc-claim-start', (event) => {
  event.preventDefault();
  claim.setAttribute('badge-id', event.detail.badgeId);
  document.getElementById('claim').scrollIntoView({ behavior: 'smooth' });
});
