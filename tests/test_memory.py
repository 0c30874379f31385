"""The collector of reference cycles is paused only for the step and resumed after it,
also after a step that failed; where it was off before, it stays off."""
import gc

import pytest

from pipelines.core.memory import cycles_collected_afterwards


@pytest.fixture
def collector_state():
    enabled = gc.isenabled()
    yield
    (gc.enable if enabled else gc.disable)()


def test_collector_is_paused_during_the_step_and_resumed_after_it(collector_state):
    gc.enable()
    with pytest.raises(ValueError):
        with cycles_collected_afterwards():
            assert not gc.isenabled()
            raise ValueError("Schritt gescheitert")
    assert gc.isenabled()


def test_collector_switched_off_before_stays_off(collector_state):
    gc.disable()
    with cycles_collected_afterwards():
        assert not gc.isenabled()
    assert not gc.isenabled()
