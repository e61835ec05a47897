// whosaid: enhancements only. Every page reads and works without this
// script; it adds a popover with an attribution's details when a highlight
// is clicked, and shows all pieces of the attribution under the pointer.
(function () {
  'use strict';

  var text = document.getElementById('text');
  var pop = document.getElementById('popover');
  if (!text || !pop) {
    return;
  }
  var opener = null;

  function pieces(n) {
    return document.querySelectorAll('#text [data-a="' + n + '"]');
  }

  function mark(n, on) {
    pieces(n).forEach(function (el) { el.classList.toggle('on', on); });
  }

  // The popover shows a copy of the attribution's entry in the details
  // list, which is in the page for readers without the script.
  function show(n, anchor) {
    var item = document.getElementById('a' + n);
    if (!item) {
      return;
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = 'Close';
    close.addEventListener('click', hide);

    var body = document.createElement('div');
    item.querySelectorAll('.attr-head, .fields').forEach(function (part) {
      var copy = part.cloneNode(true);
      copy.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
      body.appendChild(copy);
    });
    var more = document.createElement('p');
    more.className = 'more';
    var link = document.createElement('a');
    link.href = '#a' + n;
    link.textContent = 'In the list of attributions';
    link.addEventListener('click', function () { hide(false); });
    more.appendChild(link);
    body.appendChild(more);

    pop.replaceChildren(close, body);
    pop.setAttribute('aria-label', 'Attribution ' + n);
    pop.hidden = false;
    place(anchor);
    opener = anchor;
    pop.focus();
  }

  // place puts the popover under the anchor, inside the viewport's width.
  function place(anchor) {
    var r = anchor.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    pop.style.left = (left + window.scrollX) + 'px';
    pop.style.top = (r.bottom + window.scrollY + 8) + 'px';
  }

  function hide(refocus) {
    if (pop.hidden) {
      return;
    }
    pop.hidden = true;
    pop.replaceChildren();
    if (refocus !== false && opener) {
      opener.focus();
    }
    opener = null;
  }

  text.addEventListener('click', function (e) {
    var el = e.target.closest('[data-a]');
    if (!el) {
      return;
    }
    e.preventDefault();
    show(el.getAttribute('data-a'), el);
  });

  function hover(e, on) {
    var el = e.target.closest('[data-a]');
    if (el) {
      mark(el.getAttribute('data-a'), on);
    }
  }
  text.addEventListener('mouseover', function (e) { hover(e, true); });
  text.addEventListener('mouseout', function (e) { hover(e, false); });
  text.addEventListener('focusin', function (e) { hover(e, true); });
  text.addEventListener('focusout', function (e) { hover(e, false); });

  // The speaker panel's numbers light up their attributions in the text.
  document.querySelectorAll('.refs [data-a]').forEach(function (el) {
    var n = el.getAttribute('data-a');
    el.addEventListener('mouseenter', function () { mark(n, true); });
    el.addEventListener('mouseleave', function () { mark(n, false); });
    el.addEventListener('focus', function () { mark(n, true); });
    el.addEventListener('blur', function () { mark(n, false); });
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      hide();
    }
  });
  document.addEventListener('click', function (e) {
    if (!pop.hidden && !pop.contains(e.target) && !text.contains(e.target)) {
      hide(false);
    }
  });
}());
