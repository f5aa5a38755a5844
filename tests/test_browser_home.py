"""The home page starts with the tasks (#11): side by side on a desktop, all three in the first phone
screen together with the emergency bar, each card one link with one accessible name."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
CARDS = ["Ik zoek een route", "Ik zoek een aanbieder", "Ik zoek ondersteuning"]


def cards(page):
    return page.locator(".rw-ingang")


def test_three_cards_side_by_side_on_the_desktop(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url)
    boxes = [cards(page).nth(i).bounding_box() for i in range(3)]
    assert len({round(b["y"]) for b in boxes}) == 1, boxes  # one row
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert all(b["y"] + b["height"] <= 800 for b in boxes), boxes


def test_three_cards_and_the_emergency_bar_in_the_first_phone_screen(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url)
    for i in range(3):
        box = cards(page).nth(i).bounding_box()
        assert box["y"] + box["height"] <= 844, (i, box)
    bar = page.locator(".rw-noodbalk a[href='tel:112']").bounding_box()
    assert bar["y"] >= 0 and bar["y"] + bar["height"] <= 844
    context.close()


def test_each_whole_card_is_one_link_named_by_its_title(page, site_url):
    page.goto(site_url)
    for i, title in enumerate(CARDS):
        card = cards(page).nth(i)
        links = card.locator("a")
        assert links.count() == 1
        assert links.first.evaluate("a => a.textContent.trim()") == title
        box = card.bounding_box()
        # a click in the card's bottom-right corner (on the description, not the title) follows the link
        with page.expect_navigation():
            page.mouse.click(box["x"] + box["width"] - 8, box["y"] + box["height"] - 8)
        assert page.url != site_url, title
        page.goto(site_url)
