// A printable poster for an activity: its claim QR code leads a phone to the activity page with
// `?code=`, where <badge-claim> takes the code. Example: poster.html?activity=13965&code=VILNIUS-2022
const params = new URLSearchParams(location.search);
const id = params.get('activity') ?? '13965';
const code = params.get('code') ?? 'VILNIUS-2022';
const claimUrl = new URL(`/activity.html?id=${encodeURIComponent(id)}&code=${encodeURIComponent(code)}#claim`, location.href).href;

document.getElementById('qr').src = `/qr.svg?text=${encodeURIComponent(claimUrl)}`;
document.getElementById('link').textContent = claimUrl.split('#')[0];
document.getElementById('code').textContent = code;

const response = await fetch(`/api/activities/${encodeURIComponent(id)}`);
if (response.ok) {
  const activity = await response.json();
  document.getElementById('title').textContent = activity.title;
  document.title = `Poster · ${activity.title} (demo)`;
  document.getElementById('when').textContent = new Intl.DateTimeFormat('en', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: activity.timeZone,
  }).format(new Date(activity.startsAt));
}
