// The events are embedded gzip-compressed (base64): a third of the size, so the page parses faster.
// The browser's own DecompressionStream unpacks them; nothing is fetched.
function loadPageData() {
  var packed = atob(document.getElementById('timeline-data').textContent.trim());
  var bytes = new Uint8Array(packed.length);
  for (var k = 0; k < packed.length; k++) bytes[k] = packed.charCodeAt(k);
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  // arrayBuffer + TextDecoder is several times faster than Response.text() on tens of MB.
  return new Response(stream).arrayBuffer().then(function (buffer) {
    return JSON.parse(new TextDecoder().decode(buffer));
  });
}

function showFailure(error) {
  var note = document.createElement('div');
  note.className = 'empty-note';
  note.textContent = 'This page could not read its events: ' + error;
  document.body.appendChild(note);
  throw error;
}
