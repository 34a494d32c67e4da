#!/usr/bin/python3
"""
A small WebKitGTK browser for WebKitWebDriver to drive: a window of the size asked for (the
stock MiniBrowser will not go below 447 px wide), a fresh profile each session, the language
set, and the page's console written to standard output, where the tests read errors from.
Usage: webkit-host.py WIDTH HEIGHT LANGUAGE
"""
import sys
import tempfile

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

width, height, language = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
profile = tempfile.mkdtemp(prefix='backcheck-webkit-')
manager = WebKit2.WebsiteDataManager(base_data_directory=profile, base_cache_directory=profile)
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
context.set_preferred_languages([language])


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    view.get_settings().set_enable_write_console_messages_to_stdout(True)
    window = Gtk.Window()
    window.set_default_size(width, height)
    window.connect('destroy', Gtk.main_quit)
    window.add(view)
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('backcheck-webkit-host')
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', automation_started)
Gtk.main()
