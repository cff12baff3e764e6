from mtgdesk.domain.progress import SCALE, steps


def test_steps_fill_one_bar_once_in_order():
    heard: list[tuple[int, int]] = []
    read_a, read_b, store = steps(lambda d, t: heard.append((d, t)), [1, 1, 2])
    for done in range(0, 11):
        read_a(done, 10)
    read_b(0, 0)  # an empty step is done at once
    for done in range(0, 101, 25):
        store(done, 100)
    values = [d for d, _ in heard]
    assert values == sorted(values)
    assert values[0] == 0 and values[-1] == SCALE
    assert all(t == SCALE for _, t in heard)
    assert (SCALE // 4, SCALE) in heard and (SCALE // 2, SCALE) in heard


def test_no_progress_gives_none_per_step():
    assert steps(None, [1, 2, 3]) == [None, None, None]


def test_a_raising_progress_is_heard_in_each_step():
    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Stop

    for step in steps(cancel, [1, 1]):
        try:
            step(1, 2)
        except Stop:
            continue
        raise AssertionError("the step did not raise")
