// perfdash_resources carries only compiled-in resources (icons, translations);
// this translation unit gives the static library an object of its own.
namespace perfdash::resources {
int anchor = 0;
}
