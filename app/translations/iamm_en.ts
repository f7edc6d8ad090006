<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaDialog</name>
    <message numerus="yes">
        <source>%1. %2 · %3–%4 (%n item(s)) · %5</source>
        <translation>
            <numerusform>%1. %2 · %3–%4 (%n item) · %5</numerusform>
            <numerusform>%1. %2 · %3–%4 (%n items) · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message numerus="yes">
        <source>expected at least %n argument(s)</source>
        <translation>
            <numerusform>expected at least %n argument</numerusform>
            <numerusform>expected at least %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n assessment(s), database and attachments intact)</source>
        <translation>
            <numerusform>%1: ok (%n assessment, database and attachments intact)</numerusform>
            <numerusform>%1: ok (%n assessments, database and attachments intact)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n assessment(s)</source>
        <translation>
            <numerusform>imported %n assessment</numerusform>
            <numerusform>imported %n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group %1 now has %n member(s)</source>
        <translation>
            <numerusform>group %1 now has %n member</numerusform>
            <numerusform>group %1 now has %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipped reference data (read-only); %n member(s):</source>
        <translation>
            <numerusform>Shipped reference data (read-only); %n member:</numerusform>
            <numerusform>Shipped reference data (read-only); %n members:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own group; %n member(s):</source>
        <translation>
            <numerusform>Your own group; %n member:</numerusform>
            <numerusform>Your own group; %n members:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n &quot;interested&quot; state(s) (not members):</source>
        <translation>
            <numerusform>%n &quot;interested&quot; state (not a member):</numerusform>
            <numerusform>%n &quot;interested&quot; states (not members):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vote closed; %n contribution(s) stored</source>
        <translation>
            <numerusform>vote closed; %n contribution stored</numerusform>
            <numerusform>vote closed; %n contributions stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>revoked %1 (%n grant(s))</source>
        <translation>
            <numerusform>revoked %1 (%n grant)</numerusform>
            <numerusform>revoked %1 (%n grants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n assessment(s) from %1 to %2, each read back and verified by SHA-256</source>
        <translation>
            <numerusform>copied %n assessment from %1 to %2, read back and verified by SHA-256</numerusform>
            <numerusform>copied %n assessments from %1 to %2, each read back and verified by SHA-256</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n peer group(s)</source>
        <translation>
            <numerusform>copied %n peer group</numerusform>
            <numerusform>copied %n peer groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; %2</source>
        <translation>
            <numerusform>%1: %n problem found; %2</numerusform>
            <numerusform>%1: %n problems found; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n participant(s); %1</source>
        <translation>
            <numerusform>imported %n participant; %1</numerusform>
            <numerusform>imported %n participants; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) recorded</source>
        <translation>
            <numerusform>%n view recorded</numerusform>
            <numerusform>%n views recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsensusFormatter</name>
    <message numerus="yes">
        <source>Assessment %1: %n participant(s) from %2</source>
        <translation>
            <numerusform>Assessment %1: %n participant from %2</numerusform>
            <numerusform>Assessment %1: %n participants from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionCsv</name>
    <message numerus="yes">
        <source>%1: line %2: %Ln field(s) where the header has %3</source>
        <translation>
            <numerusform>%1: line %2: %Ln field where the header has %3</numerusform>
            <numerusform>%1: line %2: %Ln fields where the header has %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilitatorSection</name>
    <message numerus="yes">
        <source>Open the parking lot: %n open question(s)</source>
        <translation>
            <numerusform>Open the parking lot: %n open question</numerusform>
            <numerusform>Open the parking lot: %n open questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapHeatCell</name>
    <message numerus="yes">
        <source>%1: fewer than %n peer(s), no value</source>
        <translation>
            <numerusform>%1: fewer than %n peer, no value</numerusform>
            <numerusform>%1: fewer than %n peers, no value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapHeatMap</name>
    <message numerus="yes">
        <source>fewer than %n peer(s): no value</source>
        <translation>
            <numerusform>fewer than %n peer: no value</numerusform>
            <numerusform>fewer than %n peers: no value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportDocument</name>
    <message numerus="yes">
        <source>Group id: %1 · %n member(s)</source>
        <translation>
            <numerusform>Group id: %1 · %n member</numerusform>
            <numerusform>Group id: %1 · %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message numerus="yes">
        <source>%n item(s), discussed first</source>
        <translation>
            <numerusform>%n item, discussed first</numerusform>
            <numerusform>%n items, discussed first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerGroupsDialog</name>
    <message numerus="yes">
        <source>%1, %2, %n member(s), %3</source>
        <translation>
            <numerusform>%1, %2, %n member, %3</numerusform>
            <numerusform>%1, %2, %n members, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) · %1</source>
        <translation>
            <numerusform>%n member · %1</numerusform>
            <numerusform>%n members · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerListPane</name>
    <message numerus="yes">
        <source>Peer figures need at least %n peer(s) with a level, so they stay blank.</source>
        <translation>
            <numerusform>Peer figures need at least %n peer with a level, so they stay blank.</numerusform>
            <numerusform>Peer figures need at least %n peers with a level, so they stay blank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peer figures are shown where at least %n peer(s) have a level.</source>
        <translation>
            <numerusform>Peer figures are shown where at least %n peer has a level.</numerusform>
            <numerusform>Peer figures are shown where at least %n peers have a level.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerScoreCard</name>
    <message numerus="yes">
        <source>%1: mean level %2, target %3, peer median %4 of %n peer(s)</source>
        <translation>
            <numerusform>%1: mean level %2, target %3, peer median %4 of %n peer</numerusform>
            <numerusform>%1: mean level %2, target %3, peer median %4 of %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean level %2, target %3, fewer than %n peer(s)</source>
        <translation>
            <numerusform>%1: mean level %2, target %3, fewer than %n peer</numerusform>
            <numerusform>%1: mean level %2, target %3, fewer than %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n peer(s) have a level: no peer figures.</source>
        <translation>
            <numerusform>Fewer than %n peer has a level: no peer figures.</numerusform>
            <numerusform>Fewer than %n peers have a level: no peer figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), range %1 to %2</source>
        <translation>
            <numerusform>%n peer, range %1 to %2</numerusform>
            <numerusform>%n peers, range %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), range %1 to %2; percentile rank %3</source>
        <translation>
            <numerusform>%n peer, range %1 to %2; percentile rank %3</numerusform>
            <numerusform>%n peers, range %1 to %2; percentile rank %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerSpreadRow</name>
    <message numerus="yes">
        <source>%1: level %2, target %3, peer median %4 of %n peer(s)</source>
        <translation>
            <numerusform>%1: level %2, target %3, peer median %4 of %n peer</numerusform>
            <numerusform>%1: level %2, target %3, peer median %4 of %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3, fewer than %n peer(s)</source>
        <translation>
            <numerusform>%1: level %2, target %3, fewer than %n peer</numerusform>
            <numerusform>%1: level %2, target %3, fewer than %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fewer than %n peer(s)</source>
        <translation>
            <numerusform>fewer than %n peer</numerusform>
            <numerusform>fewer than %n peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message numerus="yes">
        <source>Each cell is an item with the gap between %1&apos;s level and the peers&apos; median: ▼ below, ≈ near, ▲ above (▼▼ and ▲▲ by 1.5 or more), also shown by colour. Hatched cells have no value: fewer than %n peer(s) have a level for the item.</source>
        <translation>
            <numerusform>Each cell is an item with the gap between %1&apos;s level and the peers&apos; median: ▼ below, ≈ near, ▲ above (▼▼ and ▲▲ by 1.5 or more), also shown by colour. Hatched cells have no value: fewer than %n peer have a level for the item.</numerusform>
            <numerusform>Each cell is an item with the gap between %1&apos;s level and the peers&apos; median: ▼ below, ≈ near, ▲ above (▼▼ and ▲▲ by 1.5 or more), also shown by colour. Hatched cells have no value: fewer than %n peers have a level for the item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterVotingPanel</name>
    <message numerus="yes">
        <source>%1: %n vote(s)</source>
        <translation>
            <numerusform>%1: %n vote</numerusform>
            <numerusform>%1: %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsFormatter</name>
    <message numerus="yes">
        <source>%1 (%2), framework %3: %n round(s)

</source>
        <translation>
            <numerusform>%1 (%2), framework %3: %n round

</numerusform>
            <numerusform>%1 (%2), framework %3: %n rounds

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%1 of %n item(s) changed.
</source>
        <translation>
            <numerusform>
%1 of %n item changed.
</numerusform>
            <numerusform>
%1 of %n items changed.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>Imported %n assessment(s).</source>
        <translation>
            <numerusform>Imported %n assessment.</numerusform>
            <numerusform>Imported %n assessments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateRoundsHeading</name>
    <message numerus="yes">
        <source>%1 (%2) · %n round(s), newest first</source>
        <translation>
            <numerusform>%1 (%2) · %n round, newest first</numerusform>
            <numerusform>%1 (%2) · %n rounds, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message numerus="yes">
        <source>%n item(s) still unassessed.</source>
        <translation>
            <numerusform>%n item is still unassessed.</numerusform>
            <numerusform>%n items are still unassessed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message numerus="yes">
        <source>QML reported %n warning(s); first: %1</source>
        <translation>
            <numerusform>QML reported %n warning; first: %1</numerusform>
            <numerusform>QML reported %n warnings; first: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
