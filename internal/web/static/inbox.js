// Inbox: reveal blurred hostile text on request (counted for the
// moderator's exposure), hide or unhide one comment through an audited
// POST, and keyboard triage: j/k move, x select, h hide, a assign,
// e close. Bulk actions are plain form posts, so they work without JS.
(function () {
  "use strict";
  var box = document.querySelector("[data-inbox]");
  if (!box) { return; }
  var url = box.getAttribute("data-visibility-url");
  var csrf = box.getAttribute("data-csrf");
  var revealURL = box.getAttribute("data-reveal-url");
  var exposure = box.querySelector("[data-inbox-exposure]");
  function post(u, body) {
    return fetch(u, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body)
    }).then(function (r) {
      if (!r.ok) { throw new Error("status " + r.status); }
      return r.json();
    });
  }
  box.querySelectorAll("[data-inbox-reveal]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var li = btn.closest(".inbox-item");
      var p = btn.parentNode.querySelector("[data-inbox-text]");
      p.classList.remove("is-blurred");
      p.removeAttribute("aria-hidden");
      btn.remove();
      post(revealURL, { id: Number(li.getAttribute("data-id")), label: li.getAttribute("data-label") }).then(function (res) {
        if (res && exposure) { exposure.textContent = String(res.exposure); }
      }).catch(function () {});
    });
  });
  box.querySelectorAll("[data-inbox-toggle]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var li = btn.closest(".inbox-item");
      var hide = li.getAttribute("data-hidden") !== "true";
      btn.disabled = true;
      post(url, { id: Number(li.getAttribute("data-id")), hidden: hide }).then(function (res) {
        li.setAttribute("data-hidden", res.hidden ? "true" : "false");
        li.classList.toggle("is-hidden", res.hidden);
        btn.textContent = btn.getAttribute(res.hidden ? "data-label-unhide" : "data-label-hide");
        var st = li.querySelector("[data-inbox-state]");
        if (st) { st.textContent = st.getAttribute(res.hidden ? "data-label-hidden" : "data-label-visible"); }
      }).catch(function () {}).then(function () { btn.disabled = false; });
    });
  });

  // "Use this reply" puts the suggestion in the answer form and selects
  // its comment; sending still goes through the server's verification.
  box.querySelectorAll("[data-inbox-use]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var li = btn.closest(".inbox-item");
      var reply = box.querySelector("#inbox-reply");
      var txt = li.querySelector("[data-inbox-suggest-text]");
      if (!reply || !txt) { return; }
      reply.value = txt.textContent;
      var cb = li.querySelector("[data-inbox-select]");
      if (cb) { cb.checked = true; }
      var det = reply.closest("details");
      if (det) { det.open = true; }
      reply.focus();
    });
  });

  // "Phrase with AI": the server asks the workspace's model to phrase the
  // suggestion and returns it with what Verify found in it; the text
  // replaces the suggestion, and sending still verifies it again.
  var phraseURL = box.getAttribute("data-phrase-url");
  box.querySelectorAll("[data-inbox-phrase]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var li = btn.closest(".inbox-item");
      var sug = btn.closest("[data-inbox-suggest]");
      var txt = sug.querySelector("[data-inbox-suggest-text]");
      var label = btn.textContent;
      btn.disabled = true;
      btn.textContent = btn.getAttribute("data-label-busy");
      post(phraseURL, { id: Number(li.getAttribute("data-id")) }).then(function (res) {
        txt.textContent = res.text;
        sug.setAttribute("data-kind", "phrased");
        sug.querySelectorAll(".inbox-findings, .inbox-verified, [data-inbox-phrase-error]").forEach(function (e) { e.remove(); });
        var out;
        if (res.findings && res.findings.length) {
          out = document.createElement("ul");
          out.className = "inbox-findings";
          res.findings.forEach(function (f) {
            var item = document.createElement("li");
            item.className = "inbox-finding";
            item.setAttribute("data-kind", f.kind);
            var strong = document.createElement("strong");
            strong.textContent = f.text;
            item.appendChild(strong);
            item.appendChild(document.createTextNode(" — " + f.message));
            out.appendChild(item);
          });
        } else {
          out = document.createElement("span");
          out.className = "badge inbox-verified";
          out.textContent = btn.getAttribute("data-label-verified");
        }
        txt.insertAdjacentElement("afterend", out);
      }).catch(function () {
        var p = document.createElement("p");
        p.className = "small field-error";
        p.setAttribute("data-inbox-phrase-error", "");
        p.textContent = btn.getAttribute("data-label-failed");
        sug.appendChild(p);
      }).then(function () { btn.disabled = false; btn.textContent = label; });
    });
  });

  // Keyboard triage.
  var form = box.querySelector("[data-inbox-bulk]");
  var items = Array.prototype.slice.call(box.querySelectorAll(".inbox-item"));
  var cur = -1;
  function move(i) {
    if (items.length === 0) { return; }
    if (cur >= 0) { items[cur].classList.remove("is-current"); }
    cur = Math.max(0, Math.min(items.length - 1, i));
    items[cur].classList.add("is-current");
    items[cur].focus();
  }
  function selected() {
    return box.querySelectorAll("[data-inbox-select]:checked").length;
  }
  // An action key acts on the checked comments, or on the current one
  // when none is checked.
  function act(key) {
    if (!form) { return; }
    var btn = form.querySelector('button[data-key="' + key + '"]');
    if (!btn) { return; }
    if (selected() === 0 && cur >= 0) {
      var cb = items[cur].querySelector("[data-inbox-select]");
      if (cb) { cb.checked = true; }
    }
    if (selected() === 0) { return; }
    if (key === "a") {
      var sel = form.querySelector("#inbox-assignee");
      if (sel && sel.value === "") { sel.focus(); return; }
    }
    btn.click();
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) { return; }
    switch (e.key) {
    case "j": move(cur + 1); break;
    case "k": move(cur - 1); break;
    case "x":
      if (cur >= 0) {
        var cb = items[cur].querySelector("[data-inbox-select]");
        if (cb) { cb.checked = !cb.checked; }
      }
      break;
    case "h": case "a": case "e": act(e.key); break;
    default: return;
    }
    e.preventDefault();
  });
})();
