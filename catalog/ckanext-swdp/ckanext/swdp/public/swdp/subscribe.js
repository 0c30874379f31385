// „Adresse kopieren“ beside a calendar (templates/swdp/subscribe.html): puts its http(s)
// address on the clipboard. A browser that allows no clipboard here (a page not served over
// https) shows the address to copy by hand.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-swdp-copy]");
  if (!button) {
    return;
  }
  var address = button.getAttribute("data-swdp-copy");
  var status = button.closest(".swdp-subscribe").querySelector(".swdp-copy-status");
  var copied = navigator.clipboard ? navigator.clipboard.writeText(address) : Promise.reject();
  copied.then(function () {
    status.textContent = "Adresse kopiert.";
  }, function () {
    window.prompt("Adresse des Kalenders zum Kopieren:", address);
  });
});
