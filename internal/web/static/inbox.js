// Inbox: filter by label or visibility, reveal blurred hostile text on
// request, and hide or unhide a comment through an audited POST.
(function () {
  "use strict";
  var box = document.querySelector("[data-inbox]");
  if (!box) { return; }
  var url = box.getAttribute("data-visibility-url");
  var csrf = box.getAttribute("data-csrf");
  var filter = box.querySelector("[data-inbox-filter]");
  function applyFilter() {
    var v = filter ? filter.value : "";
    box.querySelectorAll(".inbox-item").forEach(function (li) {
      var show = v === "" ||
        (v === "hidden" && li.getAttribute("data-hidden") === "true") ||
        (v === "visible" && li.getAttribute("data-hidden") !== "true") ||
        li.getAttribute("data-label") === v;
      li.classList.toggle("is-filtered", !show);
    });
  }
  if (filter) { filter.addEventListener("change", applyFilter); }
  var revealURL = box.getAttribute("data-reveal-url");
  var exposure = box.querySelector("[data-inbox-exposure]");
  box.querySelectorAll("[data-inbox-reveal]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var li = btn.closest(".inbox-item");
      var p = btn.parentNode.querySelector("[data-inbox-text]");
      p.classList.remove("is-blurred");
      p.removeAttribute("aria-hidden");
      btn.remove();
      // count what this moderator chose to read (well-being)
      fetch(revealURL, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ id: li.getAttribute("data-id"), label: li.getAttribute("data-label") })
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (res) {
        if (res && exposure) { exposure.textContent = String(res.exposure); }
      }).catch(function () {});
    });
  });
  box.querySelectorAll("[data-inbox-toggle]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var li = btn.closest(".inbox-item");
      var hide = li.getAttribute("data-hidden") !== "true";
      btn.disabled = true;
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ id: li.getAttribute("data-id"), hidden: hide, label: li.getAttribute("data-label") })
      }).then(function (r) {
        if (!r.ok) { throw new Error("status " + r.status); }
        return r.json();
      }).then(function (res) {
        li.setAttribute("data-hidden", res.hidden ? "true" : "false");
        li.classList.toggle("is-hidden", res.hidden);
        btn.textContent = btn.getAttribute(res.hidden ? "data-label-unhide" : "data-label-hide");
        var st = li.querySelector("[data-inbox-state]");
        if (st) { st.textContent = st.getAttribute(res.hidden ? "data-label-hidden" : "data-label-visible"); }
        applyFilter();
      }).catch(function () {}).then(function () { btn.disabled = false; });
    });
  });
})();
