// Radar page: keep the charts, the status and the episodes live. The
// server renders the whole block (SVG included) and sends it over
// server-sent events whenever the brand's radar data changes; this swaps
// it in. Without JavaScript the page is complete, only not live.
(function () {
  "use strict";
  var box = document.querySelector("[data-radar-live]");
  if (!box || !window.EventSource) {
    return;
  }
  var es = new EventSource(box.getAttribute("data-radar-live"));
  es.addEventListener("update", function (ev) {
    var data;
    try {
      data = JSON.parse(ev.data);
    } catch (e) {
      return;
    }
    if (typeof data.html === "string") {
      box.innerHTML = data.html;
      box.setAttribute("data-radar-updates", String((+box.getAttribute("data-radar-updates") || 0) + 1));
    }
  });
  window.addEventListener("pagehide", function () { es.close(); });
})();
