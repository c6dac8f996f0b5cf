// Convoca's only script: progressive enhancement. Every page works without it.
//
// 1. A form marked `data-keep-typed` warns before the page is left with changes not yet sent.
// 2. A table marked `data-weights` keeps its `output[data-weight-total]` equal to the sum of its
//    `*.weight` inputs (rows ticked for removal left out), as the manager types.
(function () {
  "use strict";

  document.querySelectorAll("form[data-keep-typed]").forEach(function (form) {
    var changed = false;
    form.addEventListener("input", function () { changed = true; });
    form.addEventListener("change", function () { changed = true; });
    form.addEventListener("submit", function () { changed = false; });
    window.addEventListener("beforeunload", function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });

  document.querySelectorAll("table[data-weights]").forEach(function (table) {
    var form = table.closest("form") || document;
    var output = form.querySelector("output[data-weight-total]");
    if (!output) { return; }
    // Decimal strings summed in hundred-thousandths, so that 0.1 + 0.2 shows as 0.3.
    var scale = 100000;
    function total() {
      var sum = 0;
      table.querySelectorAll("input[name$='.weight']").forEach(function (input) {
        var remove = form.querySelector("input[name='" + input.name.replace(/weight$/, "remove") + "']");
        if (remove && remove.checked) { return; }
        var value = parseFloat(input.value.trim().replace(",", "."));
        if (!isNaN(value)) { sum += Math.round(value * scale); }
      });
      output.value = String(sum / scale);
    }
    table.addEventListener("input", total);
    table.addEventListener("change", total);
  });
})();
