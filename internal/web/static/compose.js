// Compose page: stream the drafting progress (drafting, verification, each
// correction round) and show the drafts when done; re-verify a draft as it
// is edited (debounced) through the drafting API. Without fetch streaming,
// the form posts normally and the page comes back with the drafts.
(function () {
  "use strict";

  function fill(tpl, args) {
    return tpl.replace(/\{(\d)\}/g, function (_, i) { return args[+i] === undefined ? "" : String(args[+i]); });
  }

  // The style guard's layer is drawn by stylelayer.js (shared with the
  // Verify page); this adds the per-draft count.
  function renderStyle(card, text, st) {
    var box = card && card.querySelector("[data-compose-style]");
    if (!box) { return; }
    var findings = window.VigieStyleLayer.render(box, text, st);
    var count = card.querySelector("[data-compose-style-count]");
    if (count) {
      count.textContent = findings.length ? fill(count.getAttribute("data-some"), [findings.length]) : count.getAttribute("data-none");
    }
  }

  function bindEditors(root) {
    root.querySelectorAll("[data-compose-editor]").forEach(function (form) {
      var ta = form.querySelector("textarea");
      var url = form.getAttribute("data-verify-url");
      var csrf = form.querySelector("input[name=csrf]").value;
      var card = form.closest(".draft");
      var timer = null;
      function render(res) {
        var list = form.querySelector("[data-compose-findings]");
        list.textContent = "";
        (res.findings || []).forEach(function (f) {
          var li = document.createElement("li");
          var b = document.createElement("span");
          b.className = "badge";
          b.textContent = f.kind;
          li.appendChild(b);
          li.appendChild(document.createTextNode(" «" + f.text + "» " + (f.message || "") + (f.suggestion ? " → " + f.suggestion : "")));
          list.appendChild(li);
        });
        if (res.style) { renderStyle(card, ta.value, res.style); }
        var len = form.querySelector("[data-compose-length]");
        if (len) { len.textContent = res.length; }
        var st = card && card.querySelector("[data-compose-state]");
        if (st) { st.textContent = st.getAttribute(res.state === "pass" ? "data-label-pass" : "data-label-human"); }
      }
      ta.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
            body: JSON.stringify({
              text: ta.value,
              network: form.querySelector("input[name=network]").value,
              lang: form.querySelector("input[name=lang]").value
            })
          }).then(function (r) { return r.json(); }).then(render).catch(function () {});
        }, 400);
      });
    });
  }

  document.querySelectorAll("[data-compose-generate]").forEach(function (form) {
    var status = form.querySelector("[data-compose-progress]");
    var steps = form.querySelector("[data-compose-steps]");
    var button = form.querySelector("button[type=submit]");
    form.addEventListener("submit", function (e) {
      if (status) { status.textContent = status.getAttribute("data-busy-text"); }
      if (button) { button.disabled = true; }
      if (!steps || !window.fetch || !window.TextDecoder || !window.ReadableStream) { return; }
      e.preventDefault();
      steps.textContent = "";
      var csrf = form.querySelector("input[name=csrf]").value;
      fetch(steps.getAttribute("data-stream-url"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": csrf },
        body: new URLSearchParams(new FormData(form)).toString()
      }).then(function (r) {
        if (!r.ok || !r.body) { HTMLFormElement.prototype.submit.call(form); return; }
        var reader = r.body.getReader();
        var dec = new TextDecoder();
        var buf = "";
        function handle(block) {
          var ev = "message", data = "";
          block.split("\n").forEach(function (line) {
            if (line.indexOf("event: ") === 0) { ev = line.slice(7); }
            if (line.indexOf("data: ") === 0) { data += line.slice(6); }
          });
          if (!data) { return; }
          var v = JSON.parse(data);
          if (ev === "progress") {
            var li = document.createElement("li");
            var tpl = steps.getAttribute("data-step-" + v.step) || v.step;
            li.textContent = fill(tpl, [v.network, v.variant, v.round, v.step === "done" ? v.state : v.findings]);
            steps.appendChild(li);
          } else if (ev === "result") {
            var box = document.getElementById("compose-drafts");
            box.innerHTML = v.html;
            bindEditors(box);
          } else if (ev === "failure") {
            var err = document.createElement("li");
            err.className = "error-msg";
            err.setAttribute("role", "alert");
            err.textContent = v.error;
            steps.appendChild(err);
          }
        }
        function pump() {
          return reader.read().then(function (res) {
            if (res.done) {
              if (status) { status.textContent = ""; }
              if (button) { button.disabled = false; }
              return;
            }
            buf += dec.decode(res.value, { stream: true });
            var i;
            while ((i = buf.indexOf("\n\n")) >= 0) {
              handle(buf.slice(0, i));
              buf = buf.slice(i + 2);
            }
            return pump();
          });
        }
        return pump();
      }).catch(function () { HTMLFormElement.prototype.submit.call(form); });
    });
  });

  bindEditors(document);
})();
