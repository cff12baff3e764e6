"""The query syntax as the window's help popup shows it (kept in step with
docs/search.md and mtgdesk.domain.query). Static text: nothing a clerk typed."""

HELP_HTML = """
<h3>How to search</h3>
<table cellspacing="4">
<tr><td><code>refugees camp</code></td><td>meetings with both words, in any order</td></tr>
<tr><td><code>"human security"</code></td><td>the exact phrase</td></tr>
<tr><td><code>-draft</code></td><td>meetings without the word</td></tr>
<tr><td><code>UNHCR OR UNICEF</code></td><td>either word</td></tr>
<tr><td><code>refug*</code></td><td>words starting with <i>refug</i></td></tr>
<tr><td><code>title:security</code></td><td>in the title only</td></tr>
<tr><td><code>participant:UNHCR</code></td><td>among the participants (names, acronyms,
posts)</td></tr>
<tr><td><code>chair:Tanaka</code></td><td>chaired or co-chaired by</td></tr>
<tr><td><code>venue:Tokyo</code></td><td>venue, city or host country</td></tr>
<tr><td><code>series:ASTOP</code></td><td>meetings of a series</td></tr>
<tr><td><code>kind:decision</code></td><td>with a decision (also agreement, action, note,
discussion)</td></tr>
<tr><td><code>status:final</code></td><td>final records only (or <code>status:draft</code>)
</td></tr>
<tr><td><code>from:2007-01-01 to:2007-12-31</code></td><td>held in that period
(<code>from:2007</code> and <code>to:2007-06</code> work too)</td></tr>
<tr><td><code>human security 2007</code></td><td>a year alone: held that year, or the
word 2007 in the record (<code>"2007"</code>: the word only)</td></tr>
</table>
<p>Capitals and accents do not matter: <i>Gomez</i> finds <i>Gómez</i>. Japanese and
Chinese are found by any two characters or more. An acronym finds its organisation and
the organisation's name finds the acronym. Anything else typed is simply searched as
text; a search never fails.</p>
<p>Results come by relevance; click the <b>Date</b> header for newest or oldest first,
and <b>Meeting</b> to go back to relevance.</p>
"""
