// The sign-in page posts its one-time token by itself: a link preview (which fetches but runs no
// script) cannot spend the link, a person's browser does at once.
document.getElementById('sign-in-form')?.submit();
