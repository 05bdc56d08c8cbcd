// The browser suites use the system's browsers (scripts/browsers.mjs): puppeteer, which a test
// launcher brings in, must not download one of its own at install (these machines cannot).
module.exports = { skipDownload: true };
