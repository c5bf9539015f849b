// Stable ids are the only identities the store uses, so each label's id is unique. MERGE relies on these
// constraints to stay correct when many ingest workers create the same actor or place at once.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE RANGE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE RANGE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE RANGE INDEX event_subtype IF NOT EXISTS FOR (e:Event) ON (e.subtype);
CREATE POINT INDEX place_location IF NOT EXISTS FOR (p:Place) ON (p.location);
