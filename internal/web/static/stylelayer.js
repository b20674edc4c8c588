// The style guard's layer, rebuilt in the browser as the "stylefindings"
// partial draws it on the server: the text with each finding marked
// (offsets are code points, so the text is cut as an array of code points),
// then the list. Near-duplicates and spans overlapping one already marked
// are listed, not marked. Used by the Compose and Verify pages.
(function () {
  "use strict";

  function render(box, text, st) {
    var findings = st.findings || [];
    var cps = Array.from(text);
    var spans = [];
    findings.forEach(function (f) {
      if (f.end <= f.start || f.end > cps.length || f.kind === "near_duplicate") { return; }
      for (var i = 0; i < spans.length; i++) {
        if (f.start < spans[i].end && spans[i].start < f.end) { return; }
      }
      spans.push(f);
    });
    spans.sort(function (a, b) { return a.start - b.start; });
    var layer = document.createElement("div");
    layer.className = "sf-layer";
    var p = document.createElement("p");
    p.className = "sf-text";
    var pos = 0;
    spans.forEach(function (f) {
      if (f.start > pos) { p.appendChild(document.createTextNode(cps.slice(pos, f.start).join(""))); }
      var m = document.createElement("mark");
      m.className = "sf sf-" + f.kind + " sf-" + f.severity;
      m.title = f.message + (f.suggestion ? " → " + f.suggestion : "");
      m.textContent = cps.slice(f.start, f.end).join("");
      p.appendChild(m);
      pos = f.end;
    });
    if (pos < cps.length) { p.appendChild(document.createTextNode(cps.slice(pos).join(""))); }
    layer.appendChild(p);
    if (findings.length) {
      var ul = document.createElement("ul");
      ul.className = "sf-list";
      findings.forEach(function (f) {
        var li = document.createElement("li");
        li.className = "sf-item sf-" + f.severity;
        var b = document.createElement("span");
        b.className = "sf-badge sf-" + f.kind;
        b.textContent = f.kind;
        var sev = document.createElement("span");
        sev.className = "sf-sev";
        sev.textContent = f.severity;
        li.appendChild(b);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(sev);
        li.appendChild(document.createTextNode((f.text ? " «" + f.text + "»" : "") + " " + f.message));
        if (f.suggestion) {
          var sg = document.createElement("span");
          sg.className = "sf-sugg";
          sg.textContent = " → " + f.suggestion;
          li.appendChild(sg);
        }
        ul.appendChild(li);
      });
      layer.appendChild(ul);
    }
    box.textContent = "";
    box.appendChild(layer);
    return findings;
  }

  window.VigieStyleLayer = { render: render };
})();
