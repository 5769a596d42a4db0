#include <iostream>
#include <memory>
#include <vector>

namespace shapes {

class Shape {
public:
    virtual ~Shape() = default;
    virtual double area() const = 0;
};

template <typename T>
class Square : public Shape {
public:
    explicit Square(T side) : side_(side) {}
    double area() const override { return side_ * side_; }
private:
    T side_;
};

}  // namespace shapes

int main() {
    std::vector<std::unique_ptr<shapes::Shape>> all;
    all.push_back(std::make_unique<shapes::Square<int>>(3));
    auto json = R"({"raw": "no \n escapes"})";
    for (const auto& s : all) {
        std::cout << "area: " << s->area() << '\n';
    }
    constexpr int kMax = 1'000;
    return all.empty() ? 1 : 0;
}
