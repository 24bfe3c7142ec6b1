// Filters by severity and check; the page works without this script, showing every finding.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var shown = document.getElementById("shown");

  function apply() {
    var severities = Array.prototype.slice.call(form.querySelectorAll("input[name=severity]:checked")).map(function (i) { return i.value; });
    var check = document.getElementById("check-filter").value;
    var visible = 0;
    findings.forEach(function (f) {
      var show = severities.indexOf(f.dataset.severity) >= 0 && (check === "" || f.dataset.check === check);
      f.hidden = !show;
      if (show) { visible++; }
    });
    shown.textContent = visible + " of " + findings.length + " findings shown";
    document.body.dataset.filtered = String(visible !== findings.length);
  }

  form.addEventListener("change", apply);
  apply();
  document.body.dataset.ready = "true";
}());
