/* Map preview of a dataset page: the member's boundary (embedded in the page) and the
   dataset's GeoJSON resource (loaded from this CKAN), drawn as SVG without any tile server. */
(function () {
  "use strict";
  var element = document.getElementById("swdp-map");
  if (!element || !window.L) { return; }
  var status = document.getElementById("swdp-map-status");
  var map = L.map(element, { preferCanvas: false, scrollWheelZoom: false, zoomControl: false });
  L.control.zoom({ zoomInTitle: "Vergrößern", zoomOutTitle: "Verkleinern" }).addTo(map);
  map.attributionControl.setPrefix(false);
  function escaped(text) {
    var holder = document.createElement("span");
    holder.textContent = text;
    return holder.innerHTML.replace(/"/g, "&quot;");
  }
  // The Quellenvermerk of the boundary as its licence asks for it: year, change note, link.
  var source = element.dataset.attribution;
  var sourceUrl = element.dataset.attributionUrl;
  var attribution = source ? "Gebietsgrenze: " + (sourceUrl
    ? '<a href="' + escaped(sourceUrl) + '">' + escaped(source) + "</a>" : escaped(source)) : "";
  var boundaryData = JSON.parse(document.getElementById("swdp-map-boundary").textContent || "null");
  var boundary = null;
  if (boundaryData) {
    boundary = L.geoJSON(boundaryData, {
      style: { className: "swdp-boundary", color: "#4a5568", weight: 2, fillColor: "#e2e8f0", fillOpacity: 0.5 },
      attribution: attribution
    }).addTo(map);
    map.fitBounds(boundary.getBounds());
  }
  function label(feature) {
    var p = feature.properties || {};
    return p.title || p.name || p.record_id || "";
  }
  fetch(element.dataset.url).then(function (answer) {
    if (!answer.ok) { throw new Error("HTTP " + answer.status); }
    return answer.json();
  }).then(function (data) {
    var layer = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { className: "swdp-feature", radius: 5, color: "#9b2c2c", weight: 1, fillColor: "#e53e3e", fillOpacity: 0.8 });
      },
      style: { className: "swdp-feature", color: "#9b2c2c", weight: 2, fillColor: "#e53e3e", fillOpacity: 0.4 },
      onEachFeature: function (feature, shape) {
        var text = label(feature);
        if (text) { shape.bindTooltip(text); }
      }
    }).addTo(map);
    var count = (data.features || []).length;
    element.setAttribute("data-features", String(count));
    if (!boundary && count) { map.fitBounds(layer.getBounds()); }
    status.textContent = count === 1 ? "1 Eintrag auf der Karte, Gebiet: " + element.dataset.member
      : count + " Einträge auf der Karte, Gebiet: " + element.dataset.member;
  }).catch(function (error) {
    status.textContent = "Die Kartendaten konnten nicht geladen werden (" + error.message + ").";
  });
})();
