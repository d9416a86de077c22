// Progress bar for the evidence upload form. Without JavaScript the form posts as a plain
// multipart form; with it, the same request goes through XMLHttpRequest so progress can be shown.
(function () {
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var bar = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    bar.hidden = false;
    bar.value = 0;
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = bar.value + ' %';
      }
    };
    xhr.onload = function () {
      if (xhr.status >= 200 && xhr.status < 400 && xhr.responseURL) {
        window.location.assign(xhr.responseURL);
      } else {
        status.textContent = 'Upload failed (' + xhr.status + ')';
      }
    };
    xhr.onerror = function () { status.textContent = 'Upload failed; nothing was kept. Try again.'; };
    xhr.send(new FormData(form));
  });
})();
