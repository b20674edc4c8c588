// Compose page: show progress while drafts are generated, and re-verify a
// draft as it is edited (debounced), through the drafting API.
(function () {
  "use strict";
  document.querySelectorAll("[data-compose-generate]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var p = form.querySelector("[data-compose-progress]");
      var b = form.querySelector("button[type=submit]");
      if (p) { p.textContent = p.getAttribute("data-busy-text"); }
      if (b) { b.disabled = true; }
    });
  });
  document.querySelectorAll("[data-compose-editor]").forEach(function (form) {
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
})();
