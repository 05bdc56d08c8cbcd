// The learning path page shows the path named in `?playlist=` (the Vilnius strategist path
// without one).
const id = new URLSearchParams(location.search).get('playlist');
if (id) document.querySelector('playlist-card').setAttribute('playlist-id', id);
