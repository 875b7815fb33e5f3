"""Several Python threads at once get the answers one thread gets: each
OS thread has the C library's per-thread memory of its last answers."""

import threading

import sdkerr

THREADS = 8
ROUNDS = 20


def expected_answers(requests):
    return {(code, langs): sdkerr.localized(code, langs)
            for langs in requests for code in sdkerr.codes()}


def run_threads(work):
    # The barrier starts every thread's first call together: the first
    # calls, which load catalogs, are the ones that could race.
    barrier = threading.Barrier(THREADS)
    failures = []

    def thread(number):
        barrier.wait()
        try:
            work(number)
        except AssertionError as e:     # reported by the main thread
            failures.append(e)

    threads = [threading.Thread(target=thread, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert threads and not failures, failures[:1]


def test_threads_with_their_own_languages_get_the_single_thread_answers():
    requests = sdkerr.languages() + ("pt-PT", "yue", "de-CH,de;q=0.9", "xx")
    expected = expected_answers(requests)

    def work(number):
        for round_ in range(ROUNDS):
            # Each thread walks the languages from its own starting point,
            # so that neighbours ask for different languages each round.
            langs = requests[(number + round_ * THREADS) % len(requests)]
            for code in sdkerr.codes():
                assert sdkerr.localized(code, langs) == expected[(code, langs)]

    run_threads(work)


def test_threads_share_the_process_locale_answers_and_sdkerror():
    expected = {code: sdkerr.localized(code) for code in sdkerr.codes()}

    def work(number):
        for _ in range(ROUNDS):
            for code in sdkerr.codes():
                assert sdkerr.localized(code) == expected[code]
                error = sdkerr.SdkError(code)
                assert str(error) == expected[code]
                assert error.name == sdkerr.name(code)

    run_threads(work)
