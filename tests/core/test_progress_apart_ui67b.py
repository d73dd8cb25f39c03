"""Dots of one session that would cover one another stand side by side (issue 8, ui67b)."""

from __future__ import annotations

from simulator.core.progress import apart_where_alike


def test_two_dots_of_one_height_stand_side_by_side_and_a_dot_clear_of_them_stays() -> None:
    across = apart_where_alike([120.0, 300.0, 300.0, None, 302.0], touching=10, apart=12)
    assert across[0] == 0.0 and across[3] == 0.0
    # the three alike, in the lines' order, centred on the session's place
    assert across[1:3] + across[4:] == [-12.0, 0.0, 12.0]


def test_dots_clear_of_one_another_all_stay_on_the_session() -> None:
    assert apart_where_alike([10.0, 30.0, 50.0], touching=10, apart=12) == [0.0, 0.0, 0.0]


def test_a_group_at_the_plot_s_edge_moves_inside_it_whole() -> None:
    across = apart_where_alike([0.0, 0.0, 50.0], touching=10, apart=12, room=(-3.0, 100.0))
    assert across == [-3.0, 9.0, 0.0]
