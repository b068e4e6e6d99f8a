/* geomap: popup and tooltip content.
 *
 * Every string from the data (article text, titles, URLs, sources, gazetteer
 * fields) is untrusted. It enters the DOM only through textContent,
 * createTextNode or attribute properties; never through innerHTML.
 */
var GeomapLib = window.GeomapLib || {};
window.GeomapLib = GeomapLib;

(function (lib) {
  'use strict';

  var ARTICLES_PER_PAGE = 5;
  var PASSAGES_SHOWN = 3;

  /** Create an element with a class and text (text set with textContent). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  lib.el = el;

  lib.button = function (text, className, onClick) {
    var b = el('button', className, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  };

  lib.plural = function (n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  };

  /** The URL as a link target if it is absolute http(s), else null. */
  lib.safeHref = function (url) {
    if (typeof url !== 'string' || !url) { return null; }
    var parsed;
    try { parsed = new URL(url); } catch (e) { return null; }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') { return null; }
    return parsed.href;
  };

  lib.kindName = function (app, place) {
    var kind = app.data.kinds[place.kind];
    return kind ? kind.name : 'place';
  };

  lib.verifiedText = function (place) {
    return place.verified ? 'verified' : 'unverified (world fallback)';
  };

  /** Short text for tooltips and titles: "Ganja — 3 mentions". */
  lib.summaryText = function (place, count) {
    return place.label + ' — ' + lib.plural(count, 'mention', 'mentions') +
      (place.verified ? '' : ' (unverified)');
  };

  lib.tooltipNode = function (app, placeIdx, count, context) {
    var place = app.data.places[placeIdx];
    var root = el('div', 'geomap-tooltip');
    root.appendChild(el('strong', null, place.label));
    root.appendChild(document.createTextNode(' — ' + lib.plural(count, 'mention', 'mentions')));
    var sub = lib.kindName(app, place) + (context ? ' · ' + context : '');
    if (!place.verified) { sub += ' · unverified'; }
    root.appendChild(el('div', 'geomap-tooltip-sub', sub));
    return root;
  };

  function placeDetails(app, place) {
    var dl = el('dl', 'geomap-place-details');
    function row(term, value) {
      if (!value) { return; }
      dl.appendChild(el('dt', null, term));
      dl.appendChild(el('dd', null, value));
    }
    row('Spellings seen', place.spellings.join(', '));
    row('Coordinates', place.lat.toFixed(4) + ', ' + place.lon.toFixed(4) + ' (lat, lon)');
    var ids = ['id ' + place.id];
    if (place.geonames) { ids.push('GeoNames ' + place.geonames); }
    row('Placed by', (place.verified ? 'your gazetteer' : 'world fallback gazetteer, unverified') +
      ' (' + ids.join(', ') + ')');
    row('Country', place.country);
    return dl;
  }

  /** Group mention indexes by article, then by passage: [{article, passages: [{passage, marks}]}]. */
  lib.groupMentions = function (data, mentionIdxs) {
    var out = [];
    var last = null;
    var lastPassage = null;
    mentionIdxs.forEach(function (mi) {
      var m = data.mentions[mi];
      if (!last || last.article !== m[0]) {
        last = { article: m[0], passages: [], count: 0 };
        lastPassage = null;
        out.push(last);
      }
      if (!lastPassage || lastPassage.passage !== m[1]) {
        lastPassage = { passage: m[1], marks: [] };
        last.passages.push(lastPassage);
      }
      lastPassage.marks.push([m[2], m[3]]);
      last.count += 1;
    });
    return out;
  };

  /** The passage as text nodes, each mention wrapped in <mark>. */
  lib.passageNode = function (text, marks) {
    var quote = el('blockquote', 'geomap-passage');
    var pos = 0;
    marks.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (m) {
      if (m[1] <= m[0] || m[0] < pos || m[1] > text.length) { return; }
      quote.appendChild(document.createTextNode(text.slice(pos, m[0])));
      quote.appendChild(el('mark', null, text.slice(m[0], m[1])));
      pos = m[1];
    });
    quote.appendChild(document.createTextNode(text.slice(pos)));
    return quote;
  };

  function articleNode(app, entry, onGrow) {
    var data = app.data;
    var a = data.articles[entry.article];
    var node = el('article', 'geomap-article');
    var head = el('h3', 'geomap-article-title');
    var href = lib.safeHref(a.url);
    var title = a.title || a.path;
    if (href) {
      var link = el('a', null, title);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      head.appendChild(link);
    } else {
      head.textContent = title;
    }
    node.appendChild(head);
    var meta = [a.date || 'undated'];
    if (a.source) { meta.push(a.source); }
    meta.push(lib.plural(entry.count, 'mention', 'mentions'));
    node.appendChild(el('p', 'geomap-article-meta', meta.join(' · ')));
    node.appendChild(el('p', 'geomap-article-path', a.path));
    var list = el('div', 'geomap-passages');
    node.appendChild(list);
    function show(from, to) {
      entry.passages.slice(from, to).forEach(function (p) {
        list.appendChild(lib.passageNode(data.passages[p.passage], p.marks));
      });
    }
    show(0, PASSAGES_SHOWN);
    var hidden = entry.passages.length - PASSAGES_SHOWN;
    if (hidden > 0) {
      var more = lib.button('Show ' + lib.plural(hidden, 'more passage', 'more passages'),
        'geomap-more', function () {
          show(PASSAGES_SHOWN, entry.passages.length);
          node.removeChild(more);
          onGrow();
        });
      node.appendChild(more);
    }
    return node;
  }

  /**
   * The popup for a place: who/what/where, then its mentions grouped by
   * article, paged. `context` names the date layer(s) the mentions come from.
   */
  lib.popupNode = function (app, placeIdx, mentionIdxs, context) {
    var data = app.data;
    var place = data.places[placeIdx];
    var root = el('div', 'geomap-popup');
    var heading = el('h2', 'geomap-popup-title', place.label);
    heading.tabIndex = -1;
    root.appendChild(heading);
    var kindLine = el('p', 'geomap-popup-kind' + (place.verified ? '' : ' geomap-popup-unverified'),
      lib.kindName(app, place) + ' · ' + lib.verifiedText(place));
    root.appendChild(kindLine);
    root.appendChild(placeDetails(app, place));
    var groups = lib.groupMentions(data, mentionIdxs);
    root.appendChild(el('p', 'geomap-popup-count',
      lib.plural(mentionIdxs.length, 'mention', 'mentions') + ' in ' +
      lib.plural(groups.length, 'article', 'articles') + (context ? ' · ' + context : '')));
    var list = el('div', 'geomap-articles');
    root.appendChild(list);
    var shown = 0;
    var onGrow = function () { app.refreshPopup(); };
    var more = lib.button('', 'geomap-more', function () {
      var first = list.children.length;
      page();
      var added = list.children[first];
      if (added) { added.setAttribute('tabindex', '-1'); added.focus(); }
      onGrow();
    });
    function page() {
      var end = Math.min(shown + ARTICLES_PER_PAGE, groups.length);
      for (; shown < end; shown++) { list.appendChild(articleNode(app, groups[shown], onGrow)); }
      var left = groups.length - shown;
      if (left > 0) {
        more.textContent = 'Show ' + Math.min(left, ARTICLES_PER_PAGE) + ' more of ' +
          lib.plural(left, 'article', 'articles');
      } else if (more.parentNode) {
        more.parentNode.removeChild(more);
      }
    }
    page();
    if (shown < groups.length) { root.appendChild(more); }
    return root;
  };
}(GeomapLib));
