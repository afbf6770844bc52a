"use strict";
// Every scraped value is inserted with textContent: the page never parses data as HTML.
(function () {
  const data = JSON.parse(document.getElementById("netdir-data").textContent);
  const offerings = data.offerings;
  // Labels come from netdir.publish.labels, so the page and the calendar say the same.
  const labels = JSON.parse(document.getElementById("netdir-labels").textContent);
  const KIND = labels.kind, FORMAT = labels.format, STATUS = labels.status;
  const COARSE = new Set(["week", "month", "season", "year"]);  // date_precision too vague for a day
  const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
  const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

  function fold(text) {
    return String(text || "").toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function safeUrl(value) {
    // Only web links: a scraped "javascript:" URL must never become a link.
    try {
      const url = new URL(String(value));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }
  function germanDay(iso) {
    const [y, m, d] = iso.slice(0, 10).split("-");
    return d + "." + m + "." + y;
  }
  function showDate(iso) {
    return iso.length > 10 ? TIME.format(new Date(iso)) + " Uhr" : germanDay(iso);
  }
  function when(o) {
    if (!o.start) return o.date_text || "Termin offen";
    const p = o.date_precision;
    if (COARSE.has(p)) {
      if (o.date_text) return o.date_text;
      if (p === "year") return o.start.slice(0, 4);
      return MONTHS[Number(o.start.slice(5, 7)) - 1] + " " + o.start.slice(0, 4);
    }
    let text = showDate(o.start);
    if (!o.end || o.end === o.start) return text;
    const sameDay = o.start.length > 10 && o.end.length > 10 && TIME.format(new Date(o.start)).slice(0, 10) === TIME.format(new Date(o.end)).slice(0, 10);
    // "03.12.2026, 16:00–17:00 Uhr" rather than repeating the day.
    return sameDay ? text.replace(" Uhr", "") + "–" + TIME.format(new Date(o.end)).slice(-5) + " Uhr" : text + " – " + showDate(o.end);
  }
  function monthsOf(o) {
    if (!o.start) return [];
    const first = o.start.slice(0, 7), last = (o.end || o.start).slice(0, 7);
    const months = [];
    let [y, m] = first.split("-").map(Number);
    while (months.length < 36) {
      const key = y + "-" + String(m).padStart(2, "0");
      months.push(key);
      if (key >= last) break;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return months;
  }
  function monthLabel(key) {
    return MONTHS[Number(key.slice(5, 7)) - 1] + " " + key.slice(0, 4);
  }

  for (const o of offerings) {
    o._months = monthsOf(o);
    o._text = fold([o.title, o.description, o.organizer, o.venue, o.city, o.state, o.kind, KIND[o.kind], FORMAT[o.format], o.date_text, (o.topics || []).join(" "), (o.audience || []).join(" ")].join(" "));
  }
  // Upcoming first, then undated offerings (communities, platforms), past ones last.
  const rank = (o) => (o.status === "past" ? 2 : o.start ? 0 : 1);
  // "Herbst 2027" sorts by its last day: it is not more urgent than a dated event in October.
  const sortDay = (o) => String((COARSE.has(o.date_precision) && o.end) || o.start);
  offerings.sort((a, b) => rank(a) - rank(b) || sortDay(a).localeCompare(sortDay(b)) || String(a.title).localeCompare(String(b.title), "de"));

  const controls = {
    kind: { el: document.getElementById("kind"), all: "Alle Arten", values: (o) => [o.kind], label: (v) => KIND[v] || v },
    format: { el: document.getElementById("format"), all: "Alle Formate", values: (o) => [o.format], label: (v) => FORMAT[v] || v },
    state: { el: document.getElementById("state"), all: "Alle Bundesländer", values: (o) => [o.state], label: (v) => v },
    topic: { el: document.getElementById("topic"), all: "Alle Themen", values: (o) => o.topics || [], label: (v) => v },
    month: { el: document.getElementById("month"), all: "Alle Monate", values: (o) => o._months, label: monthLabel },
  };
  for (const [name, c] of Object.entries(controls)) {
    const values = new Set();
    for (const o of offerings) {
      // Past offerings stay searchable, but their months would bury the coming ones.
      if (name === "month" && o.status === "past") continue;
      for (const v of c.values(o)) if (v) values.add(v);
    }
    const sorted = [...values].sort((a, b) => name === "month" ? a.localeCompare(b) : String(c.label(a)).localeCompare(String(c.label(b)), "de"));
    c.el.append(new Option(c.all, ""));
    for (const v of sorted) c.el.append(new Option(c.label(v), v));
  }

  const list = document.getElementById("offerings");
  const count = document.getElementById("count");
  const search = document.getElementById("q");

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function link(href, text) {
    const url = href ? safeUrl(href) : null;
    if (!url) return document.createTextNode(String(text));
    const a = el("a", null, text);
    a.href = url;
    a.rel = "noopener noreferrer";
    return a;
  }
  function item(o) {
    const li = el("li", "offering" + (o.status === "cancelled" ? " cancelled" : ""));
    li.dataset.id = o.id;
    const h2 = el("h2");
    const title = link(o.url, o.title);
    if (title.nodeType === Node.TEXT_NODE) {
      h2.append(el("span", "title", o.title));
    } else {
      title.className = "title";
      h2.append(title);
    }
    if (STATUS[o.status]) h2.append(el("span", "badge", STATUS[o.status]));
    li.append(h2);
    const meta = el("p", "meta");
    meta.append(el("span", "when", when(o)));
    const place = [o.venue, o.city].filter(Boolean).join(", ");
    for (const part of [KIND[o.kind] || o.kind, FORMAT[o.format], place, o.state]) if (part) meta.append(" · " + part);
    li.append(meta);
    if (o.organizer) li.append(el("p", "meta", "Veranstalter: " + o.organizer));
    if (o.description) li.append(el("p", "description", o.description.length > 400 ? o.description.slice(0, 400) + " …" : o.description));
    if ((o.topics || []).length) {
      const topics = el("p", "topics");
      for (const t of o.topics) topics.append(el("span", "topic", t));
      li.append(topics);
    }
    const sources = el("p", "sources", "Quellen: ");
    (o.sources || []).forEach((s, i) => {
      if (i) sources.append(", ");
      sources.append(s.url ? link(s.url, s.source_id) : document.createTextNode(s.source_id));
    });
    li.append(sources);
    return li;
  }

  const items = new Map(offerings.map((o) => [o, item(o)]));
  function render() {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    const chosen = Object.entries(controls).map(([, c]) => [c, c.el.value]).filter(([, v]) => v);
    const visible = offerings.filter((o) => words.every((w) => o._text.includes(w)) && chosen.every(([c, v]) => c.values(o).includes(v)));
    list.replaceChildren(...visible.map((o) => items.get(o)));
    if (!visible.length) list.append(el("li", "empty", "Keine Angebote gefunden."));
    count.textContent = visible.length + " von " + offerings.length + " Angeboten";
  }

  const stand = new Date(data.generated_at);
  document.getElementById("stand").textContent = "Stand: " + TIME.format(stand) + " Uhr · " + offerings.length + " Angebote";
  search.addEventListener("input", render);
  for (const c of Object.values(controls)) c.el.addEventListener("change", render);
  document.getElementById("filters").addEventListener("reset", () => setTimeout(render, 0));
  document.getElementById("filters").addEventListener("submit", (e) => e.preventDefault());
  render();
})();
