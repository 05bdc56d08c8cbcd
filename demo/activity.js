// The activity page shows the activity named in `?id=` and the claim for its badge. A visitor
// pressing "Get activity badge" stays on the page: the claim below is scrolled into view.
const id = new URLSearchParams(location.search).get('id');
const card = document.querySelector('activity-card');
const claim = document.querySelector('badge-claim');

if (id) {
  card.setAttribute('activity-id', id);
  const response = await fetch(`/api/activities/${encodeURIComponent(id)}`);
  const activity = response.ok ? await response.json() : undefined;
  if (activity?.badgeId) claim.setAttribute('badge-id', activity.badgeId);
}

card.addEventListener('lc-claim-start', (event) => {
  event.preventDefault();
  claim.setAttribute('badge-id', event.detail.badgeId);
  document.getElementById('claim').scrollIntoView({ behavior: 'smooth' });
});
