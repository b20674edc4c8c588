// Verify page: re-check the text as it is edited (debounced) through the
// brand's verify API, mark contradicted and unsupported spans and, quieter,
// the doubts (findings the confidence model keeps out of the verdict), show
// the fact, the confidence and the suggestion on hover or focus, and apply a
// suggestion in one click.
// Offsets from the API are Unicode code points, hence Array.from below.
(function () {
  "use strict";
  var form = document.querySelector("[data-verify-form]");
  if (!form) { return; }
  var ta = form.querySelector("textarea[name=text]");
  var url = form.getAttribute("data-verify-url");
  var csrf = form.querySelector("input[name=csrf]").value;
  var preview = document.querySelector("[data-verify-preview]");
  var list = document.querySelector("[data-verify-findings]");
  var verdict = document.querySelector("[data-verify-verdict]");
  var status = form.querySelector("[data-verify-status]");
  var tip = document.getElementById("vf-tip");
  var doubtBox = document.querySelector("[data-verify-doubts]");
  var doubtSummary = doubtBox.querySelector("[data-verify-doubts-summary]");
  var doubtList = doubtBox.querySelector("[data-verify-doubt-list]");
  var label = function (k) { return form.getAttribute("data-label-" + k) || k; };
  var timer = null;
  var seq = 0;

  function apply(f) {
    var cps = Array.from(ta.value);
    if (f.end > cps.length || cps.slice(f.start, f.end).join("") !== f.text) { return; }
    ta.value = cps.slice(0, f.start).join("") + f.suggestion + cps.slice(f.end).join("");
    hideTip();
    check();
    ta.focus();
  }

  function applyButton(f) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "btn small";
    b.textContent = label("apply") + " : " + f.suggestion;
    b.setAttribute("data-verify-apply", "");
    b.addEventListener("click", function () { apply(f); });
    return b;
  }

  function fill(tmpl, v) { return tmpl.replace("{0}", String(v)); }

  function confidence(f) { return fill(label("confidence"), Math.round((f.confidence || 0) * 100)); }

  function showTip(mark, f, doubt) {
    tip.textContent = "";
    if (doubt) {
      var d = document.createElement("p");
      d.className = "small";
      d.textContent = label("doubt-tip");
      tip.appendChild(d);
    }
    var p = document.createElement("p");
    p.textContent = f.message;
    tip.appendChild(p);
    if (f.fact) {
      var q = document.createElement("p");
      q.className = "small";
      q.textContent = label("fact") + " " + f.fact;
      tip.appendChild(q);
    }
    var c = document.createElement("p");
    c.className = "small";
    c.textContent = confidence(f);
    tip.appendChild(c);
    if (f.suggestion) { tip.appendChild(applyButton(f)); }
    var r = mark.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + "px";
    tip.style.top = (window.scrollY + r.bottom + 6) + "px";
    tip.hidden = false;
  }

  function hideTip() { tip.hidden = true; }

  // item is one entry of the findings or the doubts list; id ties it to its
  // mark through aria-describedby.
  function item(f, id, extra) {
    var li = document.createElement("li");
    li.id = id;
    li.className = "vf-finding vf-" + f.kind + extra;
    var b = document.createElement("span");
    b.className = "badge";
    b.textContent = label(f.kind);
    li.appendChild(b);
    li.appendChild(document.createTextNode(" «" + f.text + "» " + f.message + " "));
    var c = document.createElement("span");
    c.className = "vf-conf small muted";
    c.textContent = confidence(f);
    li.appendChild(c);
    if (f.fact) {
      li.appendChild(document.createElement("br"));
      var s = document.createElement("span");
      s.className = "small muted";
      s.textContent = label("fact") + " " + f.fact;
      li.appendChild(s);
    }
    if (f.suggestion) {
      li.appendChild(document.createElement("br"));
      li.appendChild(applyButton(f));
    }
    return li;
  }

  function render(text, res) {
    var cps = Array.from(text);
    var findings = res.findings || [];
    var doubts = res.doubts || [];
    preview.textContent = "";
    list.textContent = "";
    doubtList.textContent = "";
    // one run of the rules gives both lists, so spans should not overlap;
    // if they do, the earlier is kept, the finding on a tie
    var spans = findings.map(function (f, i) { return { f: f, n: i + 1, doubt: false }; })
      .concat(doubts.map(function (f, i) { return { f: f, n: i + 1, doubt: true }; }));
    spans.sort(function (a, b) { return (a.f.start - b.f.start) || (a.doubt - b.doubt); });
    var pos = 0;
    spans.forEach(function (sp) {
      var f = sp.f;
      if (f.start < pos || f.end > cps.length || f.start >= f.end) { return; }
      preview.appendChild(document.createTextNode(cps.slice(pos, f.start).join("")));
      var m = document.createElement("mark");
      m.tabIndex = 0;
      if (sp.doubt) {
        m.className = "vf-doubt";
        m.setAttribute("data-kind", f.kind);
        m.setAttribute("data-d", String(sp.n));
        m.setAttribute("aria-describedby", "vf-d-" + sp.n);
      } else {
        m.className = "vf-" + f.kind;
        m.setAttribute("data-n", String(sp.n));
        m.setAttribute("aria-describedby", "vf-f-" + sp.n);
      }
      m.textContent = cps.slice(f.start, f.end).join("");
      m.addEventListener("mouseenter", function () { showTip(m, f, sp.doubt); });
      m.addEventListener("focus", function () { showTip(m, f, sp.doubt); });
      preview.appendChild(m);
      pos = f.end;
    });
    preview.appendChild(document.createTextNode(cps.slice(pos).join("")));
    findings.forEach(function (f, i) { list.appendChild(item(f, "vf-f-" + (i + 1), "")); });
    if (!findings.length) {
      var none = document.createElement("li");
      // "every claim is backed" would not be true of the doubted ones
      none.textContent = label(doubts.length ? "none-doubts" : "none");
      list.appendChild(none);
    }
    doubts.forEach(function (f, i) { doubtList.appendChild(item(f, "vf-d-" + (i + 1), " vf-doubt-item")); });
    // the details element stays, so it keeps being open or closed as the
    // text is edited
    doubtBox.hidden = !doubts.length;
    doubtSummary.textContent = fill(label("doubts"), doubts.length);
    verdict.textContent = label(res.verdict);
    verdict.className = "badge vf-verdict vf-" + res.verdict;
    verdict.setAttribute("data-verdict", res.verdict);
  }

  function check() {
    var text = ta.value;
    if (!text.trim()) { return; }
    var n = ++seq;
    if (status) { status.textContent = label("busy"); }
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({
        text: text,
        lang: form.querySelector("[name=lang]").value,
        brief_id: parseInt(form.querySelector("[name=brief_id]").value, 10) || 0,
        brief: form.querySelector("[name=brief]").value
      })
    }).then(function (r) { return r.json(); }).then(function (res) {
      if (n !== seq) { return; } // a newer edit is on its way
      if (status) { status.textContent = ""; }
      if (res.error) { if (status) { status.textContent = res.error; } return; }
      render(text, res);
      var sbox = document.querySelector("[data-verify-style]");
      if (sbox && res.style && window.VigieStyleLayer) { window.VigieStyleLayer.render(sbox, text, res.style); }
    }).catch(function () { if (status) { status.textContent = ""; } });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  }

  ta.addEventListener("input", schedule);
  form.querySelectorAll("select, input[name=brief]").forEach(function (el) { el.addEventListener("change", check); });
  form.addEventListener("submit", function (e) { e.preventDefault(); check(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });
  document.addEventListener("click", function (e) {
    if (!tip.hidden && !tip.contains(e.target) && !(e.target.closest && e.target.closest("mark"))) { hideTip(); }
  });
  // marks rendered by the server get the same behaviour after a first check
  if (ta.value.trim()) { check(); }
})();
