/**
 * The interfaces layer: REST resources, Faces beans and their views (DTOs). It talks to the
 * application services only, never to the EntityManager, and turns users' mistakes into clear
 * messages that name the field (400 for the API, field messages in the UI).
 */
package id.berdaya.interfaces;
