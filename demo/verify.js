// A badge's readable page links here with `?src=` (its credential or assertion URL): check it
// at once, so the visitor sees the verdict without pasting anything.
const src = new URLSearchParams(location.search).get('src');
if (src) document.querySelector('badge-verify').setAttribute('src', src);
