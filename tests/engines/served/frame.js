// Sizes the iframe of frame.html and opens the app in it:
// engine-frame.html?width=360&height=740&src=<the app's address>
const query = new URLSearchParams(location.search);
const frame = document.querySelector("iframe");
frame.width = query.get("width");
frame.height = query.get("height");
frame.src = query.get("src");
