"""Route graphs: the steps of a Zorgroute as a networkx DiGraph, and the rules a route must obey.

The same edge list feeds the rules, the diagram and the text alternative, so what
is checked is exactly what is drawn and read out.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .diagnostics import Diagnostics, Vindplaats, bedoelde_u
from .model import NOOD_SOORTEN, Stap, Zorgroute

TERMINAL = ("einde", "route", "nood")
ALTIJD_NOOD = ("acuut", "crisis")  # on a veiligheidsroute open from every step, not only where written


@dataclass(frozen=True)
class Edge:
    van: str
    naar: str
    label: str | None
    line: int


def route_edges(route: Zorgroute) -> list[Edge]:
    """Every transition of the route in document order (decisions: ja before nee)."""
    edges = []
    for stap in route.stappen:
        if stap.soort == "beslissing":
            for antwoord in ("ja", "nee"):
                doel = getattr(stap, antwoord)
                if doel:
                    edges.append(Edge(stap.id, doel, antwoord, stap.regels.get(antwoord, stap.loc.regel)))
        for overgang in stap.naar:
            edges.append(Edge(stap.id, overgang.stap, overgang.voorwaarde, overgang.loc.regel or stap.loc.regel))
    return edges


def altijd_uitgangen(route: Zorgroute) -> list[Stap]:
    """The emergency exits a veiligheidsroute offers from every step (112, the crisis service).

    Danger does not wait for the step that happens to name it: a professional at the conversation or
    the weighing who finds the child in acute danger must reach 112 from there. Writing both exits
    into every step's `naar` would draw two more arrows from every box; instead the graph gets these
    edges (attribute `altijd`) and the pages show them beside each step."""
    if route.soort != "veiligheidsroute":
        return []
    return [s for s in route.stappen if s.soort == "nood" and s.nood in ALTIJD_NOOD]


def heeft_altijd_uitgangen(stap: Stap) -> bool:
    """Steps the route is still 'in': where an emergency can arise and the exits must be at hand."""
    return stap.soort in ("actie", "beslissing")


def build_graph(route: Zorgroute) -> nx.DiGraph:
    """The route as a graph, computed once per check and reused by the diagram and the route page.

    The graph keeps its transitions in document order as the graph attribute `overgangen`
    (see `overgangen()`): a DiGraph holds one edge per pair of steps and orders edges by
    step, while the diagram and the page list every transition as written."""
    edges = route_edges(route)
    graph = nx.DiGraph(overgangen=edges)
    ids = {s.id for s in route.stappen}
    for stap in route.stappen:
        graph.add_node(stap.id, soort=stap.soort)
    for edge in edges:
        if edge.naar in ids:
            graph.add_edge(edge.van, edge.naar, label=edge.label)
    for uitgang in altijd_uitgangen(route):
        for stap in route.stappen:
            if heeft_altijd_uitgangen(stap) and not graph.has_edge(stap.id, uitgang.id):
                graph.add_edge(stap.id, uitgang.id, label=None, altijd=True)
    return graph


def geschreven(graph: nx.DiGraph) -> nx.DiGraph:
    """The graph with only the transitions as written: the rules check what an editor wrote, so the
    exits added to every step cannot hide a step from which no end is reachable."""
    return nx.subgraph_view(graph, filter_edge=lambda van, naar: not graph.edges[van, naar].get("altijd"))


def overgangen(graph: nx.DiGraph) -> list[Edge]:
    """Every transition of a route graph's route, in document order (decisions: ja before nee)."""
    return graph.graph["overgangen"]


class RouteChecker:
    """Applies every graph rule to one route, reporting all problems it finds."""

    def __init__(self, route: Zorgroute, diagnostics: Diagnostics, known_actors: set[str] | None = None):
        self.route = route
        self.d = diagnostics
        self.ids = [s.id for s in route.stappen]
        self.index = {id(s): i for i, s in enumerate(route.stappen, 1)}
        self.known_actors = known_actors

    def fout(self, stap: Stap | None, veld: str, melding: str, hint: str = "") -> None:
        """Report on a step field (named stappen[N].veld, like the schema does) or a route field."""
        if stap is None:
            self.d.fout(self.route.at(veld), veld, melding, hint)
        else:
            self.d.fout(stap.at(veld), f"stappen[{self.index[id(stap)]}].{veld}", melding, hint)

    def run(self) -> nx.DiGraph:
        self.check_unique_steps()
        self.check_actors()
        for stap in self.route.stappen:
            self.check_step_shape(stap)
        graph = build_graph(self.route)
        targets_ok = self.check_edge_targets(graph)
        if not targets_ok:
            return graph  # reachability after a wrong step id would only repeat that error
        if self.route.start not in self.ids:
            self.fout(None, "start", f"De startstap '{self.route.start}' bestaat niet in deze route.",
                      bedoelde_u(self.route.start, self.ids))
            return graph
        self.check_reachability(geschreven(graph))
        if self.route.soort == "veiligheidsroute":
            self.check_emergency_exits(geschreven(graph))
        return graph

    def check_unique_steps(self) -> None:
        seen: dict[str, int] = {}
        for stap in self.route.stappen:
            if stap.id in seen:
                self.fout(stap, "id", f"Stap-id '{stap.id}' komt twee keer voor in deze route "
                          f"(ook op regel {seen[stap.id]}).", "Geef elke stap een eigen id.")
            seen.setdefault(stap.id, stap.loc.regel)

    def check_actors(self) -> None:
        declared = set(self.route.actoren)
        for actor in self.route.ingang:
            if actor not in declared:
                self.fout(None, "ingang", f"De ingang '{actor}' staat niet bij de actoren van deze route.",
                          "Voeg de rol toe aan 'actoren:'.")
        for stap in self.route.stappen:
            if stap.actor and stap.actor not in declared:
                if self.known_actors is not None and stap.actor not in self.known_actors:
                    continue  # already reported as an unknown actor
                self.fout(stap, "actor", f"Stap '{stap.id}' gebruikt actor '{stap.actor}', maar die staat niet "
                          "bij de actoren van deze route.",
                          bedoelde_u(stap.actor, declared) or "Voeg de rol toe aan 'actoren:' bovenaan de route.")
            elif not stap.actor and stap.soort in ("actie", "beslissing"):
                self.fout(stap, "actor", f"Stap '{stap.id}' heeft geen actor: wie zet deze stap?",
                          "Voeg 'actor:' toe met een van de actoren van de route.")

    def check_step_shape(self, stap: Stap) -> None:
        if stap.soort == "beslissing":
            for antwoord in ("ja", "nee"):
                if not getattr(stap, antwoord):
                    self.fout(stap, antwoord, f"Beslissing '{stap.id}' mist het antwoord '{antwoord}'.",
                              f"Voeg '{antwoord}: <stap-id>' toe.")
            if stap.naar:
                self.fout(stap, "naar", f"Beslissing '{stap.id}' gebruikt 'naar'; een beslissing gaat via 'ja' en 'nee'.")
        else:
            for antwoord in ("ja", "nee"):
                if getattr(stap, antwoord):
                    self.fout(stap, antwoord, f"Stap '{stap.id}' heeft '{antwoord}', maar is geen beslissing.",
                              "Zet 'soort: beslissing' of gebruik 'naar'.")
        # An emergency exit may say what comes after it: advice from Veilig Thuis returns to the route,
        # and after 112 or the crisis service the professional still reports to Veilig Thuis.
        if stap.soort in ("einde", "route") and stap.naar:
            self.fout(stap, "naar", f"Stap '{stap.id}' is een eindpunt ({stap.soort}) en kan geen vervolg hebben.")
        if (stap.soort == "route") != bool(stap.route):
            self.fout(stap, "route", f"Stap '{stap.id}': 'route' hoort bij 'soort: route' en alleen daar.")
        # Whether 'nood' was written, not whether it was valid: a bad value already has its own error.
        if (stap.soort == "nood") != ("nood" in stap.regels or bool(stap.nood)):
            self.fout(stap, "nood", f"Stap '{stap.id}': 'nood' hoort bij 'soort: nood' en alleen daar.")
        if stap.route_stap and stap.soort != "route":
            self.fout(stap, "route_stap", f"Stap '{stap.id}': 'route_stap' hoort bij 'soort: route'.")

    def check_edge_targets(self, graph: nx.DiGraph) -> bool:
        ok = True
        for edge in overgangen(graph):
            if edge.naar not in self.ids:
                ok = False
                stap = self.route.stap(edge.van)
                veld = edge.label if edge.label in ("ja", "nee") and stap.soort == "beslissing" else "naar"
                loc = stap.at(veld) if veld != "naar" else Vindplaats(stap.loc.bestand, edge.line)
                self.d.fout(loc, f"stappen[{self.index[id(stap)]}].{veld}",
                            f"Stap '{edge.van}' verwijst naar stap '{edge.naar}', die niet bestaat in deze route.",
                            bedoelde_u(edge.naar, self.ids))
        return ok

    def check_reachability(self, graph: nx.DiGraph) -> None:
        reachable = nx.descendants(graph, self.route.start) | {self.route.start}
        terminals = {s.id for s in self.route.stappen if s.soort in TERMINAL}
        if not terminals:
            self.fout(None, "stappen", "De route heeft geen eindpunt.",
                      "Geef minstens één stap 'soort: einde' (of route/nood).")
            return
        can_finish = set(terminals)
        for terminal in terminals:
            can_finish |= nx.ancestors(graph, terminal)
        for stap in self.route.stappen:
            if stap.id not in reachable:
                self.fout(stap, "id", f"Stap '{stap.id}' is vanaf de start ('{self.route.start}') niet bereikbaar.",
                          "Laat een eerdere stap met 'naar', 'ja' of 'nee' naar deze stap verwijzen.")
            elif stap.id not in can_finish:
                self.fout(stap, "id", f"Vanaf stap '{stap.id}' is geen eindpunt te bereiken.",
                          "Geef de stap een vervolg ('naar') dat bij een einde uitkomt, of maak er een einde van.")

    def check_emergency_exits(self, graph: nx.DiGraph) -> None:
        reachable = nx.descendants(graph, self.route.start) | {self.route.start}
        present = {s.nood for s in self.route.stappen if s.soort == "nood" and s.id in reachable}
        if any(s.soort == "nood" and s.nood is None and "nood" in s.regels for s in self.route.stappen):
            return  # a nood step with an invalid value has its own error; which exit it meant is unknown
        for soort in NOOD_SOORTEN:
            if soort not in present:
                self.fout(None, "stappen", f"De veiligheidsroute heeft geen nooduitgang voor {NOOD_SOORTEN.label(soort)} "
                          "die vanaf de start bereikbaar is.",
                          f"Voeg een stap toe met 'soort: nood' en 'nood: {soort}', en verwijs ernaar vanaf de start.")


def check_cross_route_steps(routes: list[Zorgroute], diagnostics: Diagnostics) -> None:
    """A step that continues in another route may name a step there; that step must exist."""
    by_id = {r.id: r for r in routes}
    for route in routes:
        for stap in route.stappen:
            other = by_id.get(stap.route or "")
            if other and stap.route_stap and other.stap(stap.route_stap) is None:
                diagnostics.fout(stap.at("route_stap"), "route_stap",  # cross-route: named by the step's id
                                 f"Route '{other.id}' heeft geen stap '{stap.route_stap}'.",
                                 bedoelde_u(stap.route_stap, [s.id for s in other.stappen]))


def check_routes(routes: list[Zorgroute], diagnostics: Diagnostics,
                 known_actors: set[str] | None = None) -> dict[str, nx.DiGraph]:
    graphs = {route.id: RouteChecker(route, diagnostics, known_actors).run() for route in routes}
    check_cross_route_steps(routes, diagnostics)
    if routes and not any(r.soort == "veiligheidsroute" for r in routes):
        diagnostics.fout(Vindplaats("zorgroutes"), "", "Er is geen veiligheidsroute.",
                         "Eén route moet 'soort: veiligheidsroute' hebben.")
    return graphs
