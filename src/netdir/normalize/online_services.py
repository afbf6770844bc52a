"""The video-meeting services online events happen in, named once for the two ways they are read.

A place's text names a service as a word („online via Webex“, „MS Teams“): ``ONLINE_WORDS`` in
``place.py`` reads it with word boundaries, and so do a description's „per Zoom“
(``record.py``), a sentence's „als ZOOM-Konferenz“ (``prose_start.py``) and a link's label
„Zoom-Link“ (``title_text.py``). An iCalendar LOCATION that is a bare web address
names it in its host or path („https://uni-x.zoom.us/j/123“, „meet.google.com/abc“):
``ONLINE_ADDRESS`` reads it as a whole word of the address (``place.py``, ``ical_location_links.py``);
``MEETING_ADDRESS`` as a substring, where a calendar already says it streams (``ical_stream_clock.py``). Each service is listed
here with both spellings, so a service added for one reading is there for the other.
"""

from __future__ import annotations

import re

from netdir import lazy_re

#: Each service as (its name inside a web address, the regex of its name as a word in a text, or
#: None where that name is an everyday word a place's text uses otherwise: „whereby“,
#: „Matrix“, „Element“).
VIDEO_MEETINGS: tuple[tuple[str, str | None], ...] = (
    ("zoom", "zoom"),
    # a text writes „Web-Ex“; an address's „web-ex“ would be a path like „/web-experience/“
    ("webex", "web-?ex"),
    ("jitsi", "jitsi"),
    ("bigbluebutton", "bigbluebutton"),
    ("bbb", "bbb"),
    ("opentalk", "opentalk"),
    # „meet“ in an address is Google Meet's host (meet.google.com) and its kin; a text names
    # the product, as it does Microsoft's
    ("teams", "(?:ms |microsoft )?teams"),
    ("meet", "google[- ]?meet"),
    ("gotomeeting", "gotomeeting"),
    ("gotowebinar", "gotowebinar"),
    ("discord", "discord"),
    ("skype", "skype"),
    ("bluejeans", "bluejeans"),
    ("hopin", "hopin"),
    (r"wonder\.me", r"wonder\.me"),
    (r"gather\.town", r"gather\.town"),
    ("whereby", None),
    ("matrix", None),
    ("element", None),
)

#: Hosts and paths of streams and of any online room, beside the services: a video platform,
#: or an address that says it is a stream, a webinar, live or online.
_STREAM_ADDRESSES = (
    r"youtube", r"youtu\.be", r"twitch", r"vimeo", r"stream", r"live", r"webinar", r"online",
    r"virtual",
)  # fmt: skip

#: The words of a place's text that say it happens online, beside the services.
_ONLINE_FORMAT_WORDS = (
    r"online\w*", r"digital", r"virtuell\w*", r"virtual", r"livestream\w*", r"live-stream\w*",
    r"stream", r"webinar\w*", r"videokonferenz\w*", r"web-?konferenz\w*", r"remote",
)  # fmt: skip

#: The services' names as words, an alternation to embed: „per Webex“, „als Zoom-Konferenz“.
SERVICE_WORDS = "|".join(word for _, word in VIDEO_MEETINGS if word)
#: The services' names as a link's label writes them before „-link“ („Zoom-Link“, „Webex link“):
#: the names of one plain word.
SERVICE_NAMES = tuple(address for address, word in VIDEO_MEETINGS if word and address.isalnum())

#: A web address (host or path) where a video meeting or a stream happens: a substring search.
MEETING_ADDRESS = lazy_re.compile(
    "|".join([address for address, _ in VIDEO_MEETINGS] + list(_STREAM_ADDRESSES)), re.IGNORECASE
)
#: A place that is nothing but the web address of a meeting or a stream (an iCalendar LOCATION
#: „https://www.twitch.tv/Chess“): each name must stand as a whole word of the address, so that
#: a venue's own site („oliver-hotel.de“, „liverpool.gov.uk“, „meetup.com“) names no stream.
ONLINE_ADDRESS = lazy_re.compile(
    r"^(?:https?://|www\.)\S*?(?<![a-z])(?:"
    + "|".join([address for address, _ in VIDEO_MEETINGS] + list(_STREAM_ADDRESSES))
    + r"|livestream)(?:s|ing)?(?![a-z])\S*$",
    re.IGNORECASE,
)
#: A word of a place's text that says it happens online: a service or a format word.
ONLINE_WORDS = lazy_re.compile(
    r"\b(?:" + "|".join(_ONLINE_FORMAT_WORDS) + "|" + SERVICE_WORDS + r")\b",
    re.IGNORECASE,
)
