/**
 * The registration marks every Chinese government site prints in its footer: the ICP filing number, the public
 * security filing number and the site's identification code. No document text carries them.
 */

// 京ICP备11044902号 / 京公网安备 11010202007691号 / 网站标识码：bm62000015 (spaces between mark and number allowed)
export const SITE_REGISTRATION = /[\u4e00-\u9fa5]ICP备\s*\d+号|公网安备\s*\d+|网站标识码\s*[:：]?\s*[0-9A-Za-z]+/;
