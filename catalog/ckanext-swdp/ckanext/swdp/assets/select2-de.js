/* What screen readers say of the search field of CKAN's autocomplete fields (Schlagwörter,
   Format): CKAN's autocomplete module gives Select2 words for its messages but none for this
   label, and Select2 says its English „Search“. The module's words come first; these fill in. */
jQuery.fn.select2.defaults.set("language", { search: function () { return "Suchen"; } });
